import { describe, expect, it } from 'vitest';
import { noticeCatalogData } from '../../../src/knowledge/notices/notice-catalog.data.ts';
import {
  codeToKey,
  loadNoticeCatalog,
  noticeCatalog,
} from '../../../src/knowledge/notices/notice-catalog.ts';
import type { DeadlineSpec, Notice } from '../../../src/knowledge/notices/notice-schema.ts';

const EXPECTED_CODES = [
  'CP14',
  'CP161',
  'CP501',
  'CP503',
  'CP504',
  'CP504B',
  'CP71',
  'CP71A',
  'CP71C',
  'CP71D',
  'CP521',
  'CP523',
  'LT16',
  'LT11',
  'Letter 1058',
  'CP90',
  'CP91',
  'CP297',
  'CP297A',
  'CP297C',
  'CP92',
  'Letter 3172',
  'CP11',
  'CP12',
  'CP13',
  'CP22A',
  'CP49',
  'CP60',
  'CP2501',
  'CP2000',
  'CP3219A',
  'CP3219N',
  'Letter 525',
  'Letter 531',
  'Letter 1153',
  'CP59',
  'CP515',
  'CP516',
  'CP518',
];

const NOTICE_AND_DEMAND = ['CP14', 'CP161', 'CP22A', 'CP60', 'CP11'];

/** Deadline shape per notice: id, plus trigger (CDP) or days/confidence (respond). Absent = none. */
const EXPECTED_DEADLINES: Record<string, string[]> = {
  CP14: ['pay-interest-free'],
  CP161: ['pay-interest-free'],
  CP22A: ['pay-interest-free'],
  CP60: ['pay-interest-free'],
  CP11: ['pay-interest-free', 'math-error-abatement'],
  CP12: ['math-error-abatement'],
  CP13: ['math-error-abatement'],
  LT11: ['cdp-hearing:levy', 'equivalent-hearing:levy'],
  'Letter 1058': ['cdp-hearing:levy', 'equivalent-hearing:levy'],
  CP90: ['cdp-hearing:levy', 'equivalent-hearing:levy'],
  CP297: ['cdp-hearing:levy', 'equivalent-hearing:levy'],
  CP297A: ['cdp-hearing:levy', 'equivalent-hearing:levy'],
  CP297C: ['cdp-hearing:levy', 'equivalent-hearing:levy'],
  CP92: ['cdp-hearing:levy', 'equivalent-hearing:levy'],
  'Letter 3172': ['cdp-hearing:lien', 'equivalent-hearing:lien'],
  CP3219A: ['tax-court-petition'],
  CP3219N: ['tax-court-petition'],
  'Letter 531': ['tax-court-petition'],
  CP2000: ['respond:30:C'],
  CP504: ['respond:30:P'],
  CP504B: ['respond:30:C'],
  CP523: ['respond:30:C'],
  LT16: ['respond:printed:U'],
  CP91: ['respond:30:C'],
  'Letter 525': ['respond:printed:U'],
  'Letter 1153': ['respond:60:P'],
};

const EXPECTED_ALIASES: [alias: string, code: string][] = [
  ['CP298', 'CP91'],
  ['CP521D', 'CP521'],
  ['CP621', 'CP521'],
  ['CP523C', 'CP523'],
  ['CP623', 'CP523'],
  ['L1058A', 'Letter 1058'],
];

function deadlineShape(spec: DeadlineSpec): string {
  switch (spec.id) {
    case 'cdp-hearing':
    case 'equivalent-hearing':
      return `${spec.id}:${spec.trigger}`;
    case 'respond':
      return `${spec.id}:${spec.days ?? 'printed'}:${spec.confidence}`;
    default:
      return spec.id;
  }
}

function noticeByCode(code: string): Notice {
  const notice = noticeCatalog.byKey.get(codeToKey(code));
  if (!notice) throw new Error(`missing ${code}`);
  return notice;
}

/** Sentences in a text, not counting the dots of "U.S.". */
function sentenceCount(text: string): number {
  return text
    .replaceAll('U.S.', 'US')
    .split(/[.!?](?:\s+|$)/)
    .filter((part) => part.trim() !== '').length;
}

function validEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: 'CP14',
    title: 'Balance due',
    meaning: 'You owe tax that has not been paid.',
    stage: 'balance-due',
    urgency: 'medium',
    noticeAndDemand: true,
    deadlines: [{ id: 'pay-interest-free' }],
    appealRights: 'Call the number on the notice.',
    nextIfIgnored: 'Reminders follow.',
    confidence: 'C',
    sources: [{ url: 'https://www.irs.gov/individuals/understanding-your-cp14-notice', supports: 'meaning' }],
    ...overrides,
  };
}

describe('notice catalog contents', () => {
  it('holds exactly the notices of the fact table', () => {
    expect(noticeCatalog.notices.map((notice) => notice.code).sort()).toEqual([...EXPECTED_CODES].sort());
  });

  it.each(EXPECTED_CODES)('%s has sources, plain texts and the specified deadlines', (code) => {
    const notice = noticeByCode(code);
    expect(notice.sources.length).toBeGreaterThan(0);
    expect(notice.deadlines.map(deadlineShape)).toEqual(EXPECTED_DEADLINES[code] ?? []);
    for (const text of [notice.meaning, notice.appealRights, notice.nextIfIgnored]) {
      expect(sentenceCount(text)).toBeGreaterThanOrEqual(1);
      expect(sentenceCount(text)).toBeLessThanOrEqual(3);
    }
  });

  it('sets noticeAndDemand exactly for the five notice-and-demand bills', () => {
    const flagged = noticeCatalog.notices
      .filter((notice) => notice.noticeAndDemand)
      .map((notice) => notice.code);
    expect(flagged.sort()).toEqual([...NOTICE_AND_DEMAND].sort());
  });

  it.each(EXPECTED_ALIASES)('alias %s names %s', (alias, code) => {
    expect(noticeCatalog.byKey.get(alias)?.code).toBe(code);
  });

  it('keys every code and alias once', () => {
    const keys = noticeCatalog.notices.flatMap((notice) => [codeToKey(notice.code), ...notice.aliases]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(noticeCatalog.byKey.size).toBe(keys.length);
  });

  it('gives every respond deadline its own basis and source', () => {
    for (const notice of noticeCatalog.notices) {
      for (const spec of notice.deadlines) {
        if (spec.id !== 'respond') continue;
        expect(spec.sourceUrl).toMatch(/^https?:\/\//);
        expect(spec.basis.length).toBeGreaterThan(10);
      }
    }
  });

  it('rates hearing notices and 90-day letters critical, yearly statements low', () => {
    for (const notice of noticeCatalog.notices) {
      const ids = notice.deadlines.map((spec) => spec.id);
      if (ids.includes('cdp-hearing') || ids.includes('tax-court-petition'))
        expect(notice.urgency).toBe('critical');
      if (notice.stage === 'annual-reminder') expect(notice.urgency).toBe('low');
    }
  });

  it('states nothing about the unconfirmed non-filing reminders beyond pointing to the notice', () => {
    for (const code of ['CP515', 'CP516', 'CP518']) {
      const notice = noticeByCode(code);
      expect(notice.confidence).toBe('U');
      expect(notice.deadlines).toEqual([]);
      expect(notice.meaning).toMatch(/your notice/);
      expect(`${notice.meaning} ${notice.nextIfIgnored}`).not.toMatch(/\d/);
    }
  });

  it('does not state the unconfirmed day counts', () => {
    expect(JSON.stringify(noticeByCode('CP2000'))).not.toMatch(/60 days/);
    for (const code of ['CP161', 'CP503'])
      expect(JSON.stringify(noticeByCode(code))).not.toMatch(/\b(10|21) days/);
    // Letter 525's 30 days and Letter 1153's 10-day call rest on third-party pages only.
    expect(JSON.stringify(noticeByCode('Letter 525'))).not.toMatch(/\b30 days/);
    expect(JSON.stringify(noticeByCode('Letter 1153'))).not.toMatch(/\b10 days/);
    for (const code of ['CP3219A', 'CP3219N', 'Letter 531']) {
      expect(JSON.stringify(noticeByCode(code))).not.toMatch(/\$/);
    }
  });

  it('is frozen, so no caller can change shared data', () => {
    const notice = noticeByCode('CP14');
    expect(Object.isFrozen(notice)).toBe(true);
    expect(Object.isFrozen(notice.deadlines)).toBe(true);
  });

  it('loads its own raw data without error', () => {
    expect(loadNoticeCatalog(noticeCatalogData).notices).toHaveLength(EXPECTED_CODES.length);
  });
});

describe('loadNoticeCatalog', () => {
  it('accepts a valid entry and keys it', () => {
    const catalog = loadNoticeCatalog([
      validEntry({ code: 'Letter 1058', noticeAndDemand: false, deadlines: [] }),
    ]);
    expect(catalog.byKey.get('L1058')?.code).toBe('Letter 1058');
  });

  it.each<[name: string, entries: unknown[], message: RegExp]>([
    [
      'a schema error, by entry and field',
      [validEntry(), validEntry({ code: 'CP60', urgency: 'extreme' })],
      /entry 1 \(CP60\), field urgency/,
    ],
    ['a bad code', [validEntry({ code: 'cp14' })], /entry 0 \(cp14\), field code/],
    [
      'a nested field',
      [validEntry({ sources: [{ url: 'not a url', supports: 'x y z' }] })],
      /field sources\.0\.url/,
    ],
    ['an entry that is not an object', [42], /entry 0 \(\?\), field \(entry\)/],
    [
      'a duplicate code',
      [validEntry(), validEntry()],
      /entry 1 \(CP14\), field aliases: key CP14 is already used by CP14/,
    ],
    [
      'an alias that collides with a code',
      [validEntry(), validEntry({ code: 'CP60', aliases: ['CP14'] })],
      /entry 1 \(CP60\).*CP14 is already used/,
    ],
    [
      'an alias that is not a key',
      [validEntry({ aliases: ['cp 14a'] })],
      /field aliases: cp 14a is not a canonical key/,
    ],
    ['an alias of itself', [validEntry({ aliases: ['CP14'] })], /repeats the notice's own code/],
    ['noticeAndDemand without the payment window', [validEntry({ deadlines: [] })], /field noticeAndDemand/],
    [
      'the payment window without noticeAndDemand',
      [validEntry({ noticeAndDemand: false })],
      /entry 0 \(CP14\), field noticeAndDemand/,
    ],
    [
      'a duplicate deadline id',
      [validEntry({ deadlines: [{ id: 'pay-interest-free' }, { id: 'pay-interest-free' }] })],
      /field deadlines: deadline pay-interest-free appears twice/,
    ],
    [
      'a CDP deadline without its equivalent hearing',
      [validEntry({ noticeAndDemand: false, deadlines: [{ id: 'cdp-hearing', trigger: 'levy' }] })],
      /cdp-hearing and equivalent-hearing/,
    ],
    [
      'CDP and equivalent hearing with different triggers',
      [
        validEntry({
          noticeAndDemand: false,
          deadlines: [
            { id: 'cdp-hearing', trigger: 'levy' },
            { id: 'equivalent-hearing', trigger: 'lien' },
          ],
        }),
      ],
      /cdp-hearing and equivalent-hearing/,
    ],
  ])('throws on %s', (_name, entries, message) => {
    expect(() => loadNoticeCatalog(entries)).toThrow(message);
  });
});
