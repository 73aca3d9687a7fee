import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_WORDS } from '../../src/catalog/catalog.ts';
import { LOCALES, type Locale } from '../../src/catalog/locale.ts';
import type { DeadlineWords, KnowledgeWords } from '../../src/catalog/shapes.ts';
import { wordedResult } from '../../src/catalog/worded-result.ts';
import { CHECKLIST_ITEMS } from '../../src/knowledge/checklist/checklist.ts';
import { STATUTORY_RULES } from '../../src/knowledge/deadlines/deadline-rules.ts';
import { extractFacts } from '../../src/knowledge/facts/extract-facts.ts';
import { noticeCatalog } from '../../src/knowledge/notices/notice-catalog.ts';
import { OPTION_CATALOG } from '../../src/knowledge/options/option-catalog.ts';
import { triage, type TriageRequest, type TriageResult } from '../../src/knowledge/triage.ts';
import { WARNING_IDS } from '../../src/knowledge/warnings/warnings.ts';

/** The locales that word the knowledge base themselves (English is its own wording). */
const TRANSLATED = LOCALES.flatMap((locale) => {
  const words = KNOWLEDGE_WORDS[locale];
  return words ? [[locale, words] as const] : [];
});

/** Where a wording states other facts (numbers, dates, forms, codes, sections, percentages) than English. */
function factDifference(where: string, english: string, translated: string): string[] {
  const expected = extractFacts(english);
  const stated = extractFacts(translated);
  return [
    ...stated.filter((token) => !expected.includes(token)).map((token) => `${where}: adds "${token}"`),
    ...expected.filter((token) => !stated.includes(token)).map((token) => `${where}: drops "${token}"`),
  ];
}

function deadlineDifference(where: string, english: DeadlineWords, translated: DeadlineWords): string[] {
  return (['label', 'protects', 'ifMissed'] as const).flatMap((field) =>
    factDifference(`${where}.${field}`, english[field], translated[field]),
  );
}

/** What a locale lacks: an id the knowledge base has and the words do not (or words for an id it lacks). */
function missingIds(words: KnowledgeWords): string[] {
  const notices = noticeCatalog.notices.flatMap((notice) => {
    const entry = words.notices[notice.code];
    if (!entry) return [`notice ${notice.code}`];
    const responds = notice.deadlines.some((d) => d.id === 'respond');
    if (responds && !entry.respond) return [`notice ${notice.code}: respond`];
    return !responds && entry.respond ? [`notice ${notice.code}: respond it does not carry`] : [];
  });
  const extra = Object.keys(words.notices)
    .filter((code) => !noticeCatalog.notices.some((n) => n.code === code))
    .map((code) => `notice ${code}: not in the catalog`);
  const keyed = (kind: string, ids: readonly string[], table: Readonly<Record<string, unknown>>) =>
    ids.filter((id) => !Object.hasOwn(table, id)).map((id) => `${kind} ${id}`);
  return [
    ...notices,
    ...extra,
    ...keyed('deadline', Object.keys(STATUTORY_RULES), words.deadlines),
    ...keyed('option', Object.keys(OPTION_CATALOG), words.options),
    ...keyed('document', Object.keys(CHECKLIST_ITEMS), words.checklist),
    ...keyed('warning', WARNING_IDS, words.warnings),
  ];
}

/** Every fact difference between English and a locale's words, entry by entry. */
function factDifferences(words: KnowledgeWords): string[] {
  return [
    ...noticeCatalog.notices.flatMap((notice) => {
      const entry = words.notices[notice.code];
      if (!entry) return [];
      const respond = notice.deadlines.find((d) => d.id === 'respond');
      return [
        ...factDifference(`${notice.code}.title`, notice.title, entry.title),
        ...factDifference(`${notice.code}.meaning`, notice.meaning, entry.meaning),
        ...(respond && entry.respond
          ? deadlineDifference(
              `${notice.code}.respond`,
              { label: respond.action, protects: respond.protects, ifMissed: respond.ifMissed },
              entry.respond,
            )
          : []),
      ];
    }),
    ...Object.entries(STATUTORY_RULES).flatMap(([id, rule]) =>
      deadlineDifference(id, rule, words.deadlines[id as keyof typeof STATUTORY_RULES]),
    ),
    ...Object.entries(OPTION_CATALOG).flatMap(([id, option]) =>
      factDifference(`option ${id}`, option.title, words.options[id as keyof typeof OPTION_CATALOG]),
    ),
    ...Object.entries(CHECKLIST_ITEMS).flatMap(([id, item]) =>
      factDifference(`document ${id}`, item, words.checklist[id as keyof typeof CHECKLIST_ITEMS]),
    ),
  ];
}

/** Triage results that between them carry every warning the knowledge base has, each with its data. */
const WARNING_CASES: readonly TriageRequest[] = [
  // Passed (the interest-free day), old notice, verify-first.
  { noticeCode: 'CP14', noticeDate: '2025-01-06', amountDue: 1200, asOf: '2026-03-02' },
  // Soon, and a scam signal.
  {
    noticeCode: 'CP14',
    noticeDate: '2026-02-16',
    amountDue: 1200,
    asOf: '2026-03-02',
    scamSignals: ['gift_card'],
  },
  // May have passed (the Tax Court day, address unknown), with its latest date.
  { noticeCode: 'CP3219A', noticeDate: '2025-11-03', asOf: '2026-02-10' },
  // A printed date the rules cannot explain, a levy's penalty rise and passport.
  {
    noticeCode: 'LT11',
    noticeDate: '2026-02-02',
    asOf: '2026-02-05',
    printed: { 'cdp-hearing': '2026-06-30' },
  },
  // Only the printed date dates the reply.
  { noticeCode: 'LT16', noticeDate: '2026-02-02', asOf: '2026-02-05' },
  { noticeCode: 'CP91', noticeDate: '2026-02-02', asOf: '2026-02-05' },
];

function triaged(request: TriageRequest): TriageResult {
  const outcome = triage(request, request.asOf ?? '2026-03-02');
  if (!outcome.ok) throw new Error(`${request.noticeCode}: ${outcome.code}`);
  return outcome.result;
}

describe.each(TRANSLATED)('the knowledge base in %s', (locale: Locale, words: KnowledgeWords) => {
  it('words every notice, deadline, option, document and warning id', () => {
    expect(missingIds(words)).toEqual([]);
  });

  it('states exactly the facts of the English wording, entry by entry', () => {
    expect(factDifferences(words)).toEqual([]);
  });

  it('words every warning of a result with the same facts (dates, days, sections) as English', () => {
    const results = WARNING_CASES.map(triaged);
    const seen = new Set(results.flatMap((r) => r.warnings.map((w) => w.id)));
    expect([...seen].sort()).toEqual([...WARNING_IDS].sort());
    const differences = results.flatMap((result) => {
      const worded = wordedResult(result, locale);
      return result.warnings.flatMap((warning, index) =>
        factDifference(warning.id, warning.message, worded.warnings[index]?.message ?? ''),
      );
    });
    expect(differences).toEqual([]);
  });

  it('changes the words of a result and nothing else', () => {
    const result = triaged(WARNING_CASES[3] as TriageRequest);
    const worded = wordedResult(result, locale);
    const words = (r: TriageResult) => [
      r.notice.title,
      r.notice.meaning,
      ...r.deadlines.flatMap((d) => [d.label, d.protects, d.ifMissed]),
      ...r.options.map((o) => o.title),
      ...r.checklist.map((c) => c.item),
      ...r.warnings.map((w) => w.message),
    ];
    const english = words(result);
    expect(words(worded).filter((text, i) => text === english[i])).toEqual([]);
    const skeleton = (r: TriageResult) => ({
      ...r,
      notice: { ...r.notice, title: '', meaning: '' },
      deadlines: r.deadlines.map((d) => ({ ...d, label: '', protects: '', ifMissed: '' })),
      options: r.options.map((o) => ({ ...o, title: '' })),
      checklist: r.checklist.map((c) => ({ ...c, item: '' })),
      warnings: r.warnings.map((w) => ({ ...w, message: '' })),
    });
    expect(skeleton(worded)).toEqual(skeleton(result));
  });
});

describe('the knowledge words check', () => {
  const [, words] = TRANSLATED[0] ?? [];
  if (!words) throw new Error('no locale words the knowledge base');

  it('names a notice, a reply window and an option a locale leaves out', () => {
    const notices = Object.fromEntries(Object.entries(words.notices).filter(([code]) => code !== 'CP14'));
    const options = Object.fromEntries(Object.entries(words.options).filter(([id]) => id !== 'pay-in-full'));
    const CP2000 = words.notices.CP2000;
    const planted = {
      ...words,
      notices: { ...notices, CP2000: { title: CP2000?.title ?? '', meaning: CP2000?.meaning ?? '' } },
      options: options as KnowledgeWords['options'],
    };
    expect(missingIds(planted)).toEqual(['notice CP14', 'notice CP2000: respond', 'option pay-in-full']);
  });

  it('names a changed count, a dropped form and an added percentage', () => {
    const cp2000 = words.notices.CP2000;
    if (!cp2000) throw new Error('CP2000 unworded');
    const planted: KnowledgeWords = {
      ...words,
      notices: { ...words.notices, CP2000: { ...cp2000, meaning: cp2000.meaning.replace('30', '60') } },
      deadlines: {
        ...words.deadlines,
        'cdp-hearing': { ...words.deadlines['cdp-hearing'], label: 'Pida una audiencia' },
      },
      options: { ...words.options, 'pay-in-full': 'Pague el 50% del saldo' },
    };
    expect(factDifferences(planted).sort()).toEqual([
      'CP2000.meaning: adds "60"',
      'CP2000.meaning: drops "30"',
      'cdp-hearing.label: drops "form 12153"',
      'option pay-in-full: adds "50%"',
    ]);
  });
});
