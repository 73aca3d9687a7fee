import { describe, expect, it } from 'vitest';
import {
  choicesFromActions,
  MAX_SMS_CHOICES,
  numberedChoicesText,
  resolveChoiceReply,
} from '../../../src/channels/sms/sms-choices.ts';

const agreement = [
  { title: 'Yes', value: 'Yes' },
  { title: 'No', value: 'No' },
  { title: 'Not sure', value: 'Not sure' },
];

describe('choicesFromActions', () => {
  it.each([
    ['imBack buttons', [{ type: 'imBack', title: 'Yes', value: 'yes' }], [{ title: 'Yes', value: 'yes' }]],
    [
      'postBack with a string value',
      [{ type: 'postBack', title: 'No', value: 'no' }],
      [{ title: 'No', value: 'no' }],
    ],
    [
      'messageBack stands for its text',
      [{ type: 'messageBack', title: 'Restart', text: 'restart', value: { a: 1 } }],
      [{ title: 'Restart', value: 'restart' }],
    ],
    [
      'a value-less button stands for its title',
      [{ type: 'imBack', title: 'Not sure' }],
      [{ title: 'Not sure', value: 'Not sure' }],
    ],
    ['links are not choices', [{ type: 'openUrl', title: 'IRS', value: 'https://www.irs.gov' }], []],
    ['buttons with nothing to send are dropped', [{ type: 'imBack', title: ' ' }], []],
    ['untyped actions are dropped', [{ title: 'x', value: 'x' }], []],
  ])('%s', (_name, actions, expected) => {
    expect(choicesFromActions(actions)).toEqual(expected);
  });

  it(`keeps at most ${MAX_SMS_CHOICES} choices`, () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ type: 'imBack', title: `c${i}`, value: `c${i}` }));
    expect(choicesFromActions(many)).toHaveLength(MAX_SMS_CHOICES);
  });
});

describe('numberedChoicesText', () => {
  it.each([
    ['no choices', [], ''],
    ['one', [{ title: 'Yes', value: 'yes' }], '1) Yes\nReply 1'],
    ['two', agreement.slice(0, 2), '1) Yes\n2) No\nReply 1 or 2'],
    ['three', agreement, '1) Yes\n2) No\n3) Not sure\nReply 1, 2 or 3'],
  ])('%s', (_name, choices, expected) => {
    expect(numberedChoicesText(choices, 'en')).toBe(expected);
  });
});

describe('resolveChoiceReply', () => {
  it.each([
    ['"1" is the first choice', '1', agreement, 'Yes'],
    ['"3" is the third', '3', agreement, 'Not sure'],
    ['surrounding spaces', '  2 ', agreement, 'No'],
    ['"2." and "2)"', '2.', agreement, 'No'],
    ['"#3"', '#3', agreement, 'Not sure'],
    ['out of range stays as typed', '4', agreement, '4'],
    ['zero stays as typed', '0', agreement, '0'],
    ['without choices on offer a number is an answer (an amount, say)', '1', [], '1'],
    ['words stay as typed', 'yes', agreement, 'yes'],
    ['a number inside a sentence stays as typed', 'option 1', agreement, 'option 1'],
    ['amounts stay as typed', '1,250', agreement, '1,250'],
  ])('%s', (_name, text, choices, expected) => {
    expect(resolveChoiceReply(text, choices)).toBe(expected);
  });
});
