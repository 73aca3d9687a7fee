import { describe, expect, it } from 'vitest';
import { ALL_PASSAGE_DATA } from '../../../src/knowledge/passages/data/index.ts';
import { ALL_SPANISH_TWINS } from '../../../src/knowledge/passages/data/es/index.ts';
import {
  buildKnowledgeBase,
  knowledgeBase,
  passageIn,
} from '../../../src/knowledge/passages/knowledge-base.ts';
import { checkTwin } from '../../../src/knowledge/passages/passage-check.ts';
import type { Passage, PassageTwin } from '../../../src/knowledge/passages/passage-schema.ts';

/*
 * The Spanish twin of a vetted passage states exactly the English passage's facts (numbers, amounts,
 * dates, forms, codes, phone numbers, URLs), from its current version, with vetted sources (issue 17).
 */

const ENGLISH = new Map(ALL_PASSAGE_DATA.map((passage) => [passage.id, passage]));

function english(id: string): Passage {
  const passage = ENGLISH.get(id);
  if (passage === undefined) throw new Error(`no passage ${id}`);
  return passage;
}

function twin(id: string): PassageTwin {
  const found = ALL_SPANISH_TWINS.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no twin ${id}`);
  return found;
}

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('Spanish twins', () => {
  it('exist for every English passage, and for English passages only, once each', () => {
    const ids = ALL_SPANISH_TWINS.map((t) => t.id);
    expect([...ENGLISH.keys()].filter((id) => !ids.includes(id))).toEqual([]);
    expect(ids.filter((id) => !ENGLISH.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL_SPANISH_TWINS.map((t) => [t.id, t] as const))('%s passes the twin check', (id, t) => {
    expect(checkTwin(english(id), t)).toEqual([]);
  });

  it('are all in the built knowledge base, each with its English passage', () => {
    const spanish = knowledgeBase.twins.get('es');
    expect([...(spanish?.keys() ?? [])].sort()).toEqual(ALL_SPANISH_TWINS.map((t) => t.id).sort());
  });
});

describe('the twin check', () => {
  const id = 'verify-notice-is-real';
  const base = twin(id);

  it('refuses a twin that changes a number', () => {
    const changed = { ...base, text: base.text.replace('800-829-1040', '800-829-1041') };
    const found = checkTwin(english(id), { ...changed, facts: ['CP14', 'LT11', 'IRS.gov', '800-829-1041'] });
    expect(codes(found)).toEqual(['twin_facts_differ', 'twin_facts_differ']);
    // Listing the English number but stating another is caught by the passage's own fact check.
    expect(codes(checkTwin(english(id), changed))).toContain('fact_not_listed');
  });

  it('refuses a twin that drops an English fact, even from its list', () => {
    const dropped = {
      ...base,
      text: base.text.replace(', como CP14 o LT11,', ''),
      facts: ['IRS.gov', '800-829-1040'],
    };
    const found = checkTwin(english(id), dropped);
    expect(found.filter((p) => p.code === 'twin_facts_differ').map((p) => p.detail)).toEqual([
      'the English fact "cp14" is missing',
      'the English fact "lt11" is missing',
    ]);
  });

  it('reads Spanish dates, counts and forms as facts, so an added one is caught', () => {
    for (const added of [
      ' Tiene 30 días.',
      ' Tiene treinta días.',
      ' Pague antes del 15 de abril.',
      ' Use el Formulario 9465.',
      ' El interés es del diez por ciento.',
      ' Debe 1,200 dólares.',
    ]) {
      const found = checkTwin(english(id), { ...base, text: base.text + added });
      expect(codes(found), added).toContain('fact_not_listed');
    }
  });

  it('refuses a twin written from an older English version', () => {
    const newer = { ...english(id), version: english(id).version + 1 };
    expect(codes(checkTwin(newer, base))).toEqual(['twin_stale']);
  });

  it('refuses an unvetted source and a text far longer than its passage allows', () => {
    const unvetted = { ...base, sources: [{ url: 'https://example.com/aviso', supports: 'x' }] };
    expect(codes(checkTwin(english(id), unvetted))).toContain('unvetted_source');
    const long = { ...base, text: `${base.text} ${'palabra '.repeat(120)}` };
    expect(codes(checkTwin(english(id), long))).toEqual(['text_length']);
  });

  it('stops the knowledge base from building, naming the twin', () => {
    const bad = { ...base, facts: ['CP14', 'LT11', 'IRS.gov'] };
    const others = ALL_SPANISH_TWINS.filter((t) => t.id !== id);
    expect(() => buildKnowledgeBase(ALL_PASSAGE_DATA, undefined, { es: [...others, bad] })).toThrow(
      /Twin "verify-notice-is-real" \(es\) failed its check: .*"8008291040" is missing/,
    );
    expect(() =>
      buildKnowledgeBase(ALL_PASSAGE_DATA, undefined, { es: [{ ...base, id: 'no-such-passage' }] }),
    ).toThrow(/has no English passage/);
  });
});

describe('passageIn', () => {
  it('gives the twin in Spanish and the passage as written in English', () => {
    const spanish = passageIn('scam-signs', 'es');
    expect(spanish.twin).toBe(true);
    expect(spanish.passage.text).toBe(twin('scam-signs').text);
    expect(spanish.passage.title).toBe(twin('scam-signs').title);
    const englishOne = passageIn('scam-signs', 'xx');
    expect(englishOne).toEqual({ passage: english('scam-signs'), twin: false });
  });
});
