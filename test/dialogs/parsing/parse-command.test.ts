import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommand, type Command } from '../../../src/dialogs/parsing/parse-command.ts';

describe('parseCommand', () => {
  it.each<[string, Command | undefined]>([
    ['help', 'help'],
    ['HELP!', 'help'],
    ['menu', 'help'],
    ['?', 'help'],
    ['what?', 'help'],
    ['huh??', 'help'],
    ['??', 'help'],
    ['help me please', 'help'],
    ['please help', 'help'],
    ['restart', 'restart'],
    ['start over', 'restart'],
    ["Let's start over", 'restart'],
    ['start again', 'restart'],
    ['cancel', 'cancel'],
    ['quit', 'cancel'],
    ['never mind', 'cancel'],
    ['back', 'back'],
    ['go back', 'back'],
    ['Go back please', 'back'],
    ['list', 'list'],
    ['show me the list', 'list'],
    ['show all notices', 'list'],
    ["I can't find it", 'cant-find'],
    ['I can’t find it', 'cant-find'],
    ['cant find the code', 'cant-find'],
    ['where is the code', 'cant-find'],
    ["where's the code?", 'cant-find'],
    ["I don't see a code", 'cant-find'],
    ['talk to a person', 'human'],
    ['I want to talk to a person', 'human'],
    ['can I speak to someone', 'human'],
    ['human', 'human'],
    ['agent', 'human'],
    ['representative', 'human'],
    ['a real person', 'human'],
    ['delete my data', 'delete-my-data'],
    ['Please delete all my information', 'delete-my-data'],
    ['forget me', 'delete-my-data'],
    // STOP is the SMS opt-out word, handled by the SMS channel.
    ['stop', undefined],
    ['STOP', undefined],
    ['unsubscribe', undefined],
    // A sentence that merely contains a command word is not a command.
    ['can you help me understand my CP14?', undefined],
    ['I need help with my CP14', undefined],
    ['how do I go back to paying on time', undefined],
    ['is there a list of payment options?', undefined],
    ['should I cancel my payment plan', undefined],
    ['the agent on the phone said I owe more', undefined],
    ['delete my data after you answer: is CP14 a bill?', undefined],
    ["I can't find my notice date", undefined],
    ['someone', undefined],
    ['yes', undefined],
    ['no', undefined],
    ["I don't know", undefined],
    ['', undefined],
    ['help '.repeat(40), undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseCommand(text)).toBe(expected);
  });
});

describe('parseCommand properties', () => {
  const CODE_UNIT = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
  /** Each phrase and the one command it is. */
  const phrases: readonly (readonly [string, Command])[] = [
    ['help', 'help'],
    ['restart', 'restart'],
    ['start over', 'restart'],
    ['cancel', 'cancel'],
    ['back', 'back'],
    ['list', 'list'],
    ['talk to a person', 'human'],
    ['delete my data', 'delete-my-data'],
  ];
  const commands = phrases.map(([phrase]) => phrase);
  const COMMANDS: readonly Command[] = [
    'help',
    'restart',
    'cancel',
    'back',
    'list',
    'cant-find',
    'human',
    'delete-my-data',
  ];

  it('never throws on any text, and answers a known command or nothing', () => {
    fc.assert(
      fc.property(
        // Past 80 characters nothing is parsed, so a few hundred cover every path; a long text is one example.
        // Any UTF-16 code unit, lone surrogates included (fast-check's 'binary' unit costs half a minute to
        // warm up on a loaded machine).
        fc.oneof(fc.string(), fc.string({ unit: CODE_UNIT }), fc.string({ maxLength: 300 })),
        (text) => {
          const command = parseCommand(text);
          if (command !== undefined) expect(COMMANDS).toContain(command);
        },
      ),
      { numRuns: 1000, seed: 18 },
    );
    expect(parseCommand(`help${' '.repeat(100_000)}`)).toBeUndefined();
  });

  it('reads each command whatever the case and surrounding spaces or punctuation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.boolean(),
        fc.constantFrom('', ' ', '!', '.', '?'),
        ([text, command], upper, end) => {
          expect(parseCommand(` ${upper ? text.toUpperCase() : text}${end}`)).toBe(command);
        },
      ),
      { seed: 18 },
    );
  });

  it('never takes a command word inside a longer question for a command', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...commands),
        fc.constantFrom('what does ', 'my CP14 says ', 'why would I ', 'is it ok to '),
        fc.constantFrom(' mean for my notice?', ' on the letter', ' if I owe $500?', ''),
        (command, before, after) => {
          expect(parseCommand(`${before}${command}${after}`)).toBeUndefined();
        },
      ),
      { seed: 18 },
    );
  });
});
