import { describe, expect, it } from 'vitest';
import { checkMeaning } from '../../../src/guardrails/paraphrase/meaning-check.ts';
import { PLAIN_WORD_TABLE } from '../../../src/knowledge/meaning/plain-words.ts';
import { isContentWord, stem, termOf, wordsOf } from '../../../src/knowledge/meaning/statements.ts';
import { claimsOf, getPassage, knowledgeBase } from '../../../src/knowledge/passages/knowledge-base.ts';

const PASSAGE_STEMS = new Set(
  knowledgeBase.passages.flatMap((passage) => wordsOf(passage.text).map((word) => stem(word))),
);

describe('the plain-word table', () => {
  it('maps plain words to words the passages use (or to words that carry no claim)', () => {
    const strangers = PLAIN_WORD_TABLE.map(({ passage }) => passage).filter(
      (word) => isContentWord(word) && !PASSAGE_STEMS.has(stem(word)),
    );
    expect(strangers).toEqual([]);
  });

  it('gives each plain word one meaning, and no chains (a plain word is never another entry’s passage word)', () => {
    const plain = PLAIN_WORD_TABLE.flatMap((entry) => entry.plain);
    expect(plain.filter((word, index) => plain.indexOf(word) !== index)).toEqual([]);
    const passageWords = new Set(PLAIN_WORD_TABLE.map((entry) => entry.passage));
    expect(plain.filter((word) => passageWords.has(word))).toEqual([]);
  });

  it('compares each plain word as its passage word', () => {
    const apart = PLAIN_WORD_TABLE.flatMap(({ passage, plain }) =>
      plain.filter((word) => termOf(word) !== termOf(passage)),
    );
    expect(apart).toEqual([]);
  });

  it.each([
    ['call', 'contact'],
    ['lien', 'levy'],
    ['dispute', 'disagree'],
    ['file', 'mail'],
    ['hear', 'hearing'],
    ['pay', 'owe'],
    ['court', 'appeals'],
  ])('keeps the near misses %s and %s apart', (a, b) => {
    expect(termOf(a)).not.toBe(termOf(b));
  });

  it('folds every inflection of a plain word ("describes", "verified"), and keeps "uses" a use', () => {
    expect(termOf('describes')).toBe(termOf('explain'));
    expect(termOf('verified')).toBe(termOf('check'));
    expect(stem('uses')).toBe(stem('use'));
    expect(stem('fees')).toBe(stem('fee'));
  });
});

describe('the plain-word table in the meaning check', () => {
  const text = getPassage('first-bill').text;
  const meaning = (paraphrase: string) =>
    checkMeaning({ paraphrase, sources: [text], claims: [claimsOf('first-bill')] });

  it('accepts a rewrite in the table’s plain words', () => {
    const plain = text
      .replace('A CP14 is usually', 'A CP14 is normally')
      .replace('It shows the tax year', 'It lists the tax year')
      .replace('the full amount', 'the entire amount')
      .replace(
        'if you disagree you can call the number on the notice',
        'if you disagree you can call the number on the letter',
      );
    expect(plain).not.toBe(text);
    expect(meaning(plain)).toEqual({ ok: true });
  });

  it('rejects a near miss the table does not list ("call" → "contact")', () => {
    expect(meaning(text.replace('you can call the number', 'you can contact the number'))).toMatchObject({
      ok: false,
      code: 'unsupported_words',
    });
  });
});
