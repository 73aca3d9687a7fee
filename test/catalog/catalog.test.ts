import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/catalog/catalog.ts';
import { DEFAULT_LOCALE, LOCALES, supportedLocale } from '../../src/catalog/locale.ts';
import { tsFiles } from '../architecture/import-graph.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const CATALOG_DIR = fileURLToPath(new URL('../../src/catalog/', import.meta.url));

/** What a catalog entry is, for comparing two locales: a sentence, a list, a function of n values, a group. */
function kind(value: unknown): string {
  if (typeof value === 'function') return `function/${value.length}`;
  if (Array.isArray(value)) return 'list';
  return typeof value;
}

/**
 * Every way `candidate` differs in shape from `reference` (the English entry): a key it lacks or adds, an
 * entry of another kind, an empty sentence or list.
 */
function shapeProblems(reference: unknown, candidate: unknown, path = ''): string[] {
  if (kind(reference) !== kind(candidate))
    return [`${path || '(root)'}: ${kind(candidate)} where English has ${kind(reference)}`];
  if (typeof candidate === 'string') return candidate.trim() === '' ? [`${path}: empty`] : [];
  if (Array.isArray(candidate)) return candidate.length === 0 ? [`${path}: empty list`] : [];
  if (typeof reference !== 'object' || reference === null || candidate === null) return [];
  const ref = reference as Record<string, unknown>;
  const cand = candidate as Record<string, unknown>;
  const keys = new Set([...Object.keys(ref), ...Object.keys(cand)]);
  return [...keys].flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    if (!(key in cand)) return [`${at}: missing`];
    if (!(key in ref)) return [`${at}: not in English`];
    return shapeProblems(ref[key], cand[key], at);
  });
}

describe('the message catalog', () => {
  it.each(LOCALES)('has every English key, of the same kind and not empty, in %s', (locale) => {
    expect(shapeProblems(CATALOG.en, CATALOG[locale])).toEqual([]);
  });

  it('names each key a planted locale misses, adds, empties or gives another kind', () => {
    const planted = {
      ...CATALOG.en,
      card: { ...CATALOG.en.card, restart: '' },
      sms: { ...CATALOG.en.sms, more: 'Reply MORE' },
      extra: 'x',
    } as Record<string, unknown>;
    delete planted.calendar;
    expect(shapeProblems(CATALOG.en, planted).sort()).toEqual([
      'calendar: missing',
      'card.restart: empty',
      'extra: not in English',
      'sms.more: string where English has function/1',
    ]);
  });

  it('imports nothing but knowledge types', () => {
    const imports = readdirSync(CATALOG_DIR).flatMap((file) =>
      [
        ...readFileSync(`${CATALOG_DIR}${file}`, 'utf8').matchAll(/^import (type )?[^;]*from '([^']+)';/gm),
      ].map(([, type, from]) => ({ file, type: Boolean(type), from: from ?? '' })),
    );
    const product = imports.filter((i) => i.from.startsWith('.'));
    expect(
      product.filter((i) => !i.from.startsWith('./') && !(i.type && i.from.startsWith('../knowledge/'))),
    ).toEqual([]);
  });
});

/** The language the vetted passages are written in, declared once in knowledge (which knows no catalog). */
const PASSAGE_LANGUAGE_DECLARATION = "export const PASSAGE_LANGUAGE = 'en';";

describe('locale tags', () => {
  it('are written only in the catalog', () => {
    const literals = tsFiles(SRC)
      .filter((file) => !file.startsWith(CATALOG_DIR))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            /['"`]en-US['"`]|\blang="en"|'en'/.test(line) && !line.startsWith(PASSAGE_LANGUAGE_DECLARATION)
              ? [`${file.slice(SRC.length)}:${index + 1}`]
              : [],
          ),
      );
    expect(literals).toEqual([]);
  });

  it.each([
    ['en-US', 'en'],
    ['en', 'en'],
    ['EN_gb', 'en'],
    ['xx-YY', DEFAULT_LOCALE],
    [undefined, DEFAULT_LOCALE],
  ] as const)('reads the channel tag %s as %s', (tag, locale) => {
    expect(supportedLocale(tag)).toBe(locale);
  });
});
