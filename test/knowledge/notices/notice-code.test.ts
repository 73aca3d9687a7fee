import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noticeCatalogData } from '../../../src/knowledge/notices/notice-catalog.data.ts';
import {
  codeToKey,
  loadNoticeCatalog,
  noticeCatalog,
} from '../../../src/knowledge/notices/notice-catalog.ts';
import {
  listNoticeCodes,
  lookupNotice,
  noticeByCode,
  noticeKey,
} from '../../../src/knowledge/notices/notice-code.ts';

const CODES = noticeCatalog.notices.map((notice) => notice.code);

function resolvedCode(input: string): string | undefined {
  const result = lookupNotice(input);
  return result.ok ? result.notice.code : undefined;
}

function suggestionsFor(input: string): string[] {
  const result = lookupNotice(input);
  if (result.ok) throw new Error(`${input} unexpectedly resolved to ${result.notice.code}`);
  return result.suggestions;
}

/** `CP504B` → `cp 504 b`, `Letter 1058` → `ltr. 1058`: how people type what they read. */
function sloppy(code: string): string {
  const letter = /^Letter (\d+)$/.exec(code);
  if (letter) return `ltr. ${letter[1]}`;
  return code
    .toLowerCase()
    .replace(/^(cp|lt)(\d+)([a-z]?)$/, (_, prefix: string, digits: string, suffix: string) =>
      [prefix, digits, suffix].filter(Boolean).join(' '),
    );
}

describe('lookupNotice spellings', () => {
  it.each<[input: string, code: string]>([
    ['CP14', 'CP14'],
    ['cp14', 'CP14'],
    ['cp 14', 'CP14'],
    ['CP-14', 'CP14'],
    ['CP 14', 'CP14'],
    ['Notice CP14', 'CP14'],
    ['I got a cp14 notice', 'CP14'],
    ['cp14 a week ago', 'CP14'],
    ['CP014', 'CP14'],
    ['ＣＰ１４', 'CP14'],
    ['cp504b', 'CP504B'],
    ['CP 504 B', 'CP504B'],
    ['CP504-B', 'CP504B'],
    ['LT11', 'LT11'],
    ['LT-11', 'LT11'],
    ['lt 11', 'LT11'],
    ['Letter 1058', 'Letter 1058'],
    ['letter1058', 'Letter 1058'],
    ['L1058', 'Letter 1058'],
    ['LTR 1058', 'Letter 1058'],
    ['Ltr. 1058', 'Letter 1058'],
    ['L-1058', 'Letter 1058'],
    ['Letter No. 1058', 'Letter 1058'],
    ['1058', 'Letter 1058'],
    ['1058-A', 'Letter 1058'],
    ['Letter 1058-A', 'Letter 1058'],
    ['Letter 3172', 'Letter 3172'],
    ['3172', 'Letter 3172'],
    ['CP3219A', 'CP3219A'],
    ['cp 3219 a', 'CP3219A'],
    ['CP 297 A notice', 'CP297A'],
    ['CP298', 'CP91'],
    ['CP621', 'CP521'],
    ['CP 523 C', 'CP523'],
    ['14', 'CP14'],
    ['2000', 'CP2000'],
    ['my notice says 2000 at the top', 'CP2000'],
    ['16', 'LT16'],
    ['298', 'CP91'],
    ['CP14 for $1,058 from 2024', 'CP14'],
    ['$1,058 owed for 2024, notice CP14', 'CP14'],
    ['Tax year 2023: CP2000 dated March 2, 2026', 'CP2000'],
    ['call 800-829-1040 about LT11', 'LT11'],
    ['got cp 41... no wait, CP14', 'CP14'],
  ])('%s → %s', (input, code) => {
    expect(resolvedCode(input)).toBe(code);
  });
});

describe('lookupNotice without a catalog match', () => {
  it('reports an ambiguous bare number with every matching notice', () => {
    expect(lookupNotice('11')).toEqual({
      ok: false,
      code: 'unknown_notice',
      key: '11',
      suggestions: ['CP11', 'LT11'],
    });
  });

  it.each<[input: string, expected: string, within: number]>([
    ['CP41', 'CP14', 2],
    ['CP140', 'CP14', 1],
    ['CP2100', 'CP2000', 1],
    ['LT 111', 'LT11', 1],
    ['CP50', 'CP501', 3],
    ['CP50', 'CP504', 3],
    ['LT 1058', 'Letter 1058', 1],
    ['letter 11', 'LT11', 1],
    ['cp 3219', 'CP3219A', 2],
    ['cp 3219', 'CP3219N', 2],
    ['CP5O4', 'CP504', 5],
  ])('%s suggests %s among the first %i', (input, expected, within) => {
    const suggestions = suggestionsFor(input);
    expect(suggestions.slice(0, within)).toContain(expected);
    expect(suggestions.length).toBeLessThanOrEqual(5);
  });

  it('names the key it could not find', () => {
    expect(lookupNotice('cp-41')).toMatchObject({ ok: false, code: 'unknown_notice', key: 'CP41' });
  });

  it('suggests nothing for a code far from every notice', () => {
    expect(lookupNotice('CP98765')).toEqual({
      ok: false,
      code: 'unknown_notice',
      key: 'CP98765',
      suggestions: [],
    });
  });

  it.each([
    '',
    'hello',
    'I owe $1,058',
    'tax year 2024',
    'notice from 2023',
    'dated 2026-03-02',
    'March 2, 2026',
    '3/2/2026',
    'call 800-829-1040',
    'I have 30 days',
    'Form 12153',
  ])('finds no code in %j', (input) => {
    expect(lookupNotice(input)).toMatchObject({ ok: false, code: 'no_code_found' });
  });

  it.each<[input: string, first: string]>([
    ['a letter about a lien', 'Letter 3172'],
    ['they want to levy my social security', 'CP91'],
    ['something about my payment plan', 'CP521'],
  ])('suggests notices by title words for %j', (input, first) => {
    expect(lookupNotice(input)).toMatchObject({ ok: false, code: 'no_code_found' });
    expect(suggestionsFor(input)[0]).toBe(first);
  });

  it('resolves against the catalog it is given', () => {
    const small = loadNoticeCatalog(noticeCatalogData.filter((entry) => entry.code === 'LT11'));
    expect(lookupNotice('11', small)).toMatchObject({ ok: true, notice: { code: 'LT11' } });
    expect(lookupNotice('CP14', small)).toMatchObject({ ok: false, code: 'unknown_notice', key: 'CP14' });
  });
});

describe('every catalog notice', () => {
  it.each(CODES)('%s resolves from its display code and a sloppy spelling', (code) => {
    expect(resolvedCode(code)).toBe(code);
    expect(resolvedCode(sloppy(code))).toBe(code);
    expect(resolvedCode(`I received ${code} in the mail`)).toBe(code);
  });

  it.each(noticeCatalog.notices.flatMap((notice) => notice.aliases.map((alias) => [alias, notice.code])))(
    'alias %s resolves to %s',
    (alias, code) => {
      expect(resolvedCode(alias)).toBe(code);
    },
  );
});

describe('noticeKey', () => {
  it.each<[input: string, key: string | undefined]>([
    ['cp 14', 'CP14'],
    ['CP-504-B', 'CP504B'],
    ['Ltr. 1058', 'L1058'],
    ['Letter 3172', 'L3172'],
    ['lt 11', 'LT11'],
    ['1058-A', '1058A'],
    ['CP14 for $1,058 from 2024', 'CP14'],
    ['I owe $1,058', undefined],
    ['nothing here', undefined],
  ])('%j → %s', (input, key) => {
    expect(noticeKey(input)).toBe(key);
  });
});

describe('what a notice code is', () => {
  it.each<[input: string, key: string | undefined]>([
    // A prefix, up to three separator characters, an optional "No."/"Number", then the number.
    ['Letter Number 1058', 'L1058'],
    ['Ltr #1058', 'L1058'],
    ['L: 1058', 'L1058'],
    ['cp.14', 'CP14'],
    ['CP--14', 'CP14'],
    // Leading zeros are not part of the number.
    ['CP0014', 'CP14'],
    // A prefix glued to a longer word is no prefix, and the number glued to it no bare number.
    ['WCP14', undefined],
    // A notice number has at most six digits.
    ['CP123456', 'CP123456'],
    ['CP1234567', undefined],
    // A suffix is one letter: a joined word is not a suffix.
    ['CP14AB', 'CP14'],
    ['cp14 and', 'CP14'],
    // "a" and "i" after a compact code are read as words when a word follows.
    ['I got a CP297 a week ago', 'CP297'],
    ['cp14 i think', 'CP14'],
    ['CP297 C notice', 'CP297C'],
    ['CP297-A notice', 'CP297A'],
    ['I got a CP297 A. It says levy', 'CP297A'],
    ['CP297 A', 'CP297A'],
    // Dashes from phone keyboards are dashes.
    ['CP504\u2010B', 'CP504B'],
    ['CP504\u2013B', 'CP504B'],
  ])('noticeKey(%j) is %s', (input, key) => {
    expect(noticeKey(input)).toBe(key);
  });

  it('a prefixed code wins over bare numbers anywhere in the text', () => {
    expect(noticeKey('2000 dollars, 14 days, LT 11')).toBe('LT11');
  });

  it('a hyphenated suffix belongs to the code: an unknown variant is not silently another notice', () => {
    expect(lookupNotice('CP71-E')).toEqual({
      ok: false,
      code: 'unknown_notice',
      key: 'CP71E',
      suggestions: ['CP71', 'CP71A', 'CP71C', 'CP71D', 'CP11'],
    });
  });

  it.each<[input: string, code: string]>([
    ['I owe 2400, notice 14', 'CP14'],
    ['it says 2000 at the top', 'CP2000'],
    ['notice 14, got it 3 days ago', 'CP14'],
    ['in my mail, notice 2000', 'CP2000'],
  ])('a bare number next to other numbers: %j is %s', (input, code) => {
    expect(resolvedCode(input)).toBe(code);
  });

  it('finds the notice a conversation kept by its catalog code', () => {
    expect(noticeByCode('Letter 1058')?.code).toBe('Letter 1058');
    expect(noticeByCode('CP504B')?.code).toBe('CP504B');
    expect(noticeByCode('CP999')).toBeUndefined();
  });
});

describe('what is not a notice code', () => {
  const months = [
    'Jan',
    'January',
    'Feb',
    'February',
    'Mar',
    'March',
    'Apr',
    'April',
    'May',
    'Jun',
    'June',
    'Jul',
    'July',
    'Aug',
    'August',
    'Sep',
    'Sept',
    'Sept.',
    'September',
    'Oct',
    'October',
    'Nov',
    'November',
    'Dec',
    'December',
  ];
  it.each(months)('the day after %s is a date, not CP14', (month) => {
    expect(lookupNotice(`${month} 14`)).toEqual({ ok: false, code: 'no_code_found', suggestions: [] });
    expect(noticeKey(`dated ${month}  14`)).toBeUndefined();
  });

  it.each([
    'USD 14',
    'Form 14',
    'forms 14',
    'Pub 16',
    'Publication 16',
    'Schedule 14',
    'line 14',
    'box 14',
    'page 14',
    'section 14',
    'IRC 6320',
    '§ 6320',
    '14%',
    '14 percent',
    '14 dollars',
    '1 dollar',
    '14 days',
    '1 day',
    '2 weeks',
    '1 week',
    '3 months',
    '1 month',
    '2 years',
    '1 year',
    'on the 14th',
    'my 2nd notice',
    'the 1st letter',
    'the 3rd one',
    'for 1999',
    'tax year  2000',
  ])('%j names no notice', (input) => {
    expect(noticeKey(input)).toBeUndefined();
  });

  it.each<[input: string, key: string]>([
    // Only four digits starting 19 or 20 can be a year.
    ['a notice for 12000', '12000'],
    ['a notice for 20001', '20001'],
    ['a notice for 2100', '2100'],
    // A year word counts only right before the number.
    ['in my mail, notice 2000', '2000'],
  ])('%j keeps %s as a possible code', (input, key) => {
    expect(noticeKey(input)).toBe(key);
  });
});

describe('near-miss suggestions', () => {
  // Ranked by edit distance (an adjacent swap is one edit; a prefix change one more, L/LT half), then the
  // same digits in another order, then a number that starts the other, then the same prefix, then the
  // catalog's order. Up to five, within two edits.
  it.each<[input: string, suggestions: string[]]>([
    // Swapped digits first among the codes one edit away.
    ['CP41', ['CP14', 'CP11', 'CP49', 'CP71', 'CP91']],
    ['17', ['CP71', 'CP11', 'CP12', 'CP13', 'CP14']],
    // A code whose number starts with the typed one comes before an equally near other.
    ['CP 1', ['CP11', 'CP12', 'CP13', 'CP14', 'CP71']],
    ['CP50', ['CP501', 'CP503', 'CP504', 'CP59', 'CP60']],
    ['CP 5210', ['CP521', 'CP2501', 'CP501', 'CP515', 'CP516']],
    // Same prefix first among equally near codes; a bare number has no prefix to change.
    ['L 12', ['CP12', 'LT11', 'LT16', 'Letter 525', 'Letter 3172']],
    ['505', ['CP501', 'CP503', 'CP504', 'CP515', 'Letter 525']],
    ['CP 526', ['CP516', 'CP521', 'CP523', 'CP12', 'CP22A']],
    // L and LT are easily confused: switching them costs half an edit, any other prefix a whole one.
    ['LT 1068', ['Letter 1058', 'LT16']],
    ['CP 1068', ['CP161', 'Letter 1058']],
    ['CP 3173', ['CP13', 'Letter 3172']],
    ['CP 0', ['CP60', 'CP90', 'CP11', 'CP12', 'CP13']],
    // Through an alias: CP621 is an old number of CP521.
    ['CP 622', ['CP521', 'CP523', 'CP12', 'CP22A', 'CP60']],
  ])('%s → %j', (input, suggestions) => {
    expect(suggestionsFor(input)).toEqual(suggestions);
  });

  it('answers an unknown bare number as unknown, with its near misses', () => {
    expect(lookupNotice('505')).toEqual({
      ok: false,
      code: 'unknown_notice',
      key: '505',
      suggestions: ['CP501', 'CP503', 'CP504', 'CP515', 'Letter 525'],
    });
  });

  it.each<[input: string, suggestions: string[]]>([
    // Titles sharing more words first, then catalog order; a plural meets its singular.
    ['unfiled return', ['CP3219N', 'LT16', 'CP11', 'CP59', 'CP515']],
    ['something about seizures', ['CP92']],
    // Three-letter words count.
    ['a letter saying my plan will end', ['CP523', 'CP521']],
    ['hello', []],
  ])('by title words: %j → %j', (input, suggestions) => {
    expect(lookupNotice(input)).toEqual({ ok: false, code: 'no_code_found', suggestions });
  });
});

describe('listNoticeCodes', () => {
  const listed = listNoticeCodes();

  it('lists every notice once', () => {
    expect([...listed].sort()).toEqual([...CODES].sort());
  });

  it('orders CP codes, then LT, then letters, each by number', () => {
    const rank = (code: string) => (code.startsWith('CP') ? 0 : code.startsWith('LT') ? 1 : 2);
    const number = (code: string) => Number(/\d+/.exec(code)?.[0]);
    for (let i = 1; i < listed.length; i += 1) {
      const [previous = '', current = ''] = [listed[i - 1], listed[i]];
      const order = rank(previous) - rank(current) || number(previous) - number(current);
      expect(order, `${previous} before ${current}`).toBeLessThanOrEqual(0);
    }
    expect(listed.indexOf('CP14')).toBeLessThan(listed.indexOf('CP161'));
    expect(listed.indexOf('Letter 525')).toBeLessThan(listed.indexOf('Letter 1058'));
  });
});

// Fixed seeds: a run is repeatable, and a mutation run compares like with like.
describe('properties', () => {
  it('lookupNotice never throws and always answers with a known shape', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (text) => {
          const result = lookupNotice(text);
          expect(['boolean']).toContain(typeof result.ok);
          if (!result.ok) expect(result.suggestions.length).toBeLessThanOrEqual(5);
        },
      ),
      { seed: 18 },
    );
  });

  it('noticeKey of every display code round-trips to its catalog key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODES), (code) => {
        const key = noticeKey(code);
        expect(key).toBe(codeToKey(code));
        expect(key && noticeCatalog.byKey.get(key)?.code).toBe(code);
      }),
      { seed: 18 },
    );
  });

  it('finds a code written in any case and spacing, amid amounts and years', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CODES),
        fc.constantFrom('', ' ', '-', ' - '),
        fc.boolean(),
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 1990, max: 2030 }),
        (code, separator, lower, amount, year) => {
          const spaced = code.replace(/^(CP|LT|Letter ?)(\d+)/, `$1${separator}$2`);
          const written = lower ? spaced.toLowerCase() : spaced;
          const text = `I owe $${amount.toLocaleString('en-US')} for ${year}, the notice says ${written}.`;
          expect(resolvedCode(text)).toBe(code);
        },
      ),
      { seed: 18 },
    );
  });
});
