import { readFileSync } from 'node:fs';

/*
 * A small reader of the project's Dockerfile, shared by the test that checks its instructions and the
 * test that rehearses the image by following them. It knows the syntax the Dockerfile uses, no more.
 */

export type Instruction = { keyword: string; args: string };

/** A build stage: its FROM line (image and optional name) and the instructions after it. */
export type Stage = { image: string; name: string | undefined; instructions: Instruction[] };

/** Instructions in order, with continuation lines joined and comments dropped. */
export function parseDockerfile(text: string): Instruction[] {
  const logical = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return logical.map((line) => {
    const [keyword = '', ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
  });
}

export function readDockerfile(path: string): Instruction[] {
  return parseDockerfile(readFileSync(path, 'utf8'));
}

/** The stages in order; instructions before the first FROM (global ARGs) belong to none. */
export function stagesOf(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [, image = '', name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args) ?? [];
      stages.push({ image, name, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** The default of a global ARG (`ARG NAME=value`), for resolving `${NAME}` in FROM lines. */
export function argDefault(instructions: Instruction[], name: string): string | undefined {
  for (const instruction of instructions) {
    if (instruction.keyword !== 'ARG') continue;
    const [key, value] = instruction.args.split('=', 2);
    if (key === name) return value;
  }
  return undefined;
}

/** `ENV A=1 B=2` as pairs (the Dockerfile uses the key=value form without quotes). */
export function envPairs(args: string): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const word of args.split(/\s+/)) {
    const equals = word.indexOf('=');
    if (equals <= 0) throw new Error(`ENV without key=value: ${args}`);
    pairs[word.slice(0, equals)] = word.slice(equals + 1);
  }
  return pairs;
}

/** The JSON array of an exec-form CMD (or of the CMD inside a HEALTHCHECK). */
export function execForm(args: string): string[] {
  const json = /(?:^|\bCMD\s+)(\[.*\])\s*$/.exec(args)?.[1];
  if (!json) throw new Error(`not an exec-form command: ${args}`);
  return JSON.parse(json) as string[];
}

/** The `--name=value` options before a HEALTHCHECK's CMD (or a COPY's sources). */
export function flags(args: string): Record<string, string> {
  return Object.fromEntries(
    [...args.matchAll(/(?:^|\s)--([\w-]+)=(\S+)/g)].map(([, k = '', v = '']) => [k, v]),
  );
}
