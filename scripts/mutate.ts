// Mutation testing of the modules where a bug reaches a person (issue 18): a wrong deadline, a leaked SSN,
// an unfaithful paraphrase, a misread notice. Each module is mutated with the tests that exercise it, and
// the run fails when a module's score drops below its break threshold.
//
//   npm run mutate                      every module, then the score table
//   npm run mutate -- redact-pii        only the named modules
//   npm run mutate -- --incremental     reuse earlier results for mutants whose code and tests did not change
//   npm run mutate -- --concurrency 1   test runner processes (stryker.config.json's otherwise): 1 on a shared machine
//
// Files are named by glob (`src/**/redact-pii.ts`), not by folder, so that moving a module keeps it mutated.
import { Stryker } from '@stryker-mutator/core';
import type { MutantResult } from '@stryker-mutator/api/core';
import { globSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface MutatedModule {
  /** The source file (glob, so a move between folders does not lose it). */
  readonly mutate: string;
  /** The tests that exercise it. */
  readonly tests: readonly string[];
  /** The score the module must reach (issue 18). */
  readonly target: number;
  /** Below this the run fails: the target once reached; until then the score measured, so it cannot fall. */
  readonly break: number;
}

const MODULES: Readonly<Record<string, MutatedModule>> = {
  'deadline-engine': {
    mutate: 'src/**/deadline-engine.ts',
    tests: ['test/**/deadline-engine.test.ts', 'test/**/triage.test.ts', 'test/**/review-findings.test.ts'],
    target: 95,
    break: 95,
  },
  'dc-holidays': {
    mutate: 'src/**/dc-holidays.ts',
    tests: ['test/**/dc-holidays.test.ts', 'test/**/irs-business-days.test.ts'],
    target: 95,
    break: 99,
  },
  'irs-business-days': {
    mutate: 'src/**/irs-business-days.ts',
    tests: ['test/**/irs-business-days.test.ts'],
    target: 95,
    break: 95,
  },
  'redact-pii': {
    mutate: 'src/**/redact-pii.ts',
    tests: ['test/**/redact-pii.test.ts'],
    target: 90,
    break: 91,
  },
  'fidelity-rail': {
    mutate: 'src/**/fidelity-rail.ts',
    // The rail's own tests and the paraphrase rail's, which runs it on every model reply. Not the paraphrase
    // evaluation: loading the knowledge base takes it 15 s a run, and with it one run took over 40 minutes
    // (250 of 318 mutants in 30) on the shared machine; a score without it can only be lower.
    // meaning-check.test.ts tests meaning-check.ts alone and never loads the rail.
    tests: ['test/**/fidelity-rail.test.ts', 'test/**/paraphrase-rail.test.ts'],
    target: 90,
    break: 94,
  },
  'notice-code': {
    mutate: 'src/**/notice-code.ts',
    // spanish.test.ts reads Spanish notice codes ("carta 1058") through lookupNotice.
    tests: ['test/**/notice-code.test.ts', 'test/**/spanish.test.ts'],
    target: 90,
    break: 92,
  },
  'parse-notice-date': {
    mutate: 'src/**/parse-notice-date.ts',
    tests: ['test/**/parse-notice-date.test.ts'],
    target: 90,
    break: 91,
  },
};

interface ModuleScore {
  readonly name: string;
  readonly score: number;
  readonly killed: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly ignored: number;
  readonly failures: readonly string[];
}

/** Stryker's mutation score: detected / (detected + undetected); errors and ignored mutants do not count. */
function scoreOf(name: string, module: MutatedModule, results: readonly MutantResult[]): ModuleScore {
  const count = (...statuses: MutantResult['status'][]) =>
    results.filter((result) => statuses.includes(result.status)).length;
  const killed = count('Killed', 'Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const valid = killed + survived + noCoverage;
  const score = valid === 0 ? 0 : (100 * killed) / valid;
  const failures: string[] = [];
  // A runner that runs no test reports every mutant as survived, which looks like a result and is not.
  const unrun = results.filter((result) => result.status === 'Survived' && !result.testsCompleted).length;
  if (valid === 0) failures.push('no mutant was tested');
  if (killed === 0) failures.push('no mutant was killed: did any test run?');
  if (unrun > 0) failures.push(`${unrun} mutants "survived" without a test running`);
  if (score < module.break)
    failures.push(`score ${score.toFixed(1)}% is below the break threshold ${module.break}%`);
  return { name, score, killed, survived, noCoverage, ignored: count('Ignored'), failures };
}

/** The score of a module that could not be mutated at all: nothing counted, and why. */
function failedScore(name: string, failure: string): ModuleScore {
  return { name, score: 0, killed: 0, survived: 0, noCoverage: 0, ignored: 0, failures: [failure] };
}

interface RunOptions {
  readonly incremental: boolean;
  /** Stryker's test runner processes; undefined keeps stryker.config.json's. */
  readonly concurrency: number | undefined;
}

async function mutateModule(name: string, module: MutatedModule, run: RunOptions): Promise<ModuleScore> {
  const files = globSync(module.mutate);
  if (files.length !== 1) return failedScore(name, `${module.mutate} matches ${files.length} files`);
  // Every pattern must match: a renamed test file would otherwise drop out silently and lower the score.
  const unmatched = module.tests.filter((pattern) => globSync(pattern).length === 0);
  if (unmatched.length > 0) return failedScore(name, `no test file matches ${unmatched.join(', ')}`);
  const tests = module.tests.flatMap((pattern) => globSync(pattern));
  // Read by vitest.mutate.config.ts in Stryker's test runner processes, which inherit the environment.
  process.env.MUTATE_TESTS = tests.join(',');
  const stryker = new Stryker({
    configFile: 'stryker.config.json',
    mutate: files,
    incremental: run.incremental,
    ...(run.concurrency === undefined ? {} : { concurrency: run.concurrency }),
    // One sandbox folder per module, so that two modules can be mutated at once.
    tempDirName: `.stryker-tmp/${name}`,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    // Stryker refuses a high threshold below the low one, and a break threshold may pass the target once the
    // score does (dc-holidays: target 95, break 99).
    thresholds: { high: Math.max(module.target, module.break), low: module.break, break: null },
  });
  return scoreOf(name, module, await stryker.runMutationTest());
}

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);
if (NODE_MAJOR < 22) {
  // StrykerJS 10 needs Node 22+; `npm run mutate` uses the project's Node (the `node` devDependency).
  console.error(
    `Node ${process.versions.node}: run this through \`npm run mutate\`, which uses the project's Node 24`,
  );
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { incremental: { type: 'boolean', default: false }, concurrency: { type: 'string' } },
});
const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1)) {
  console.error(`--concurrency ${values.concurrency}: give a whole number of processes, 1 or more`);
  process.exit(2);
}
const unknown = positionals.filter((name) => !(name in MODULES));
if (unknown.length > 0) {
  console.error(`unknown module ${unknown.join(', ')}; known: ${Object.keys(MODULES).join(', ')}`);
  process.exit(2);
}
const chosen = Object.entries(MODULES).filter(
  ([name]) => positionals.length === 0 || positionals.includes(name),
);

const rows: string[][] = [];
const failures: string[] = [];
for (const [name, module] of chosen) {
  const score = await mutateModule(name, module, { incremental: values.incremental, concurrency });
  const verdict =
    score.failures.length > 0 ? 'FAIL' : score.score >= module.target ? 'target' : 'below target';
  rows.push([
    name,
    `${score.score.toFixed(1)}%`,
    `${module.target}%`,
    `${module.break}%`,
    `${score.killed}`,
    `${score.survived}`,
    `${score.noCoverage}`,
    `${score.ignored}`,
    verdict,
  ]);
  failures.push(...score.failures.map((failure) => `${name}: ${failure}`));
}

const header = ['module', 'score', 'target', 'break', 'killed', 'survived', 'no cover', 'ignored', ''];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
);
const line = (cells: readonly string[]) =>
  cells
    .map((cell, column) => cell.padEnd(widths[column] ?? 0))
    .join('  ')
    .trimEnd();
console.log(['', line(header), ...rows.map(line)].join('\n'));
for (const failure of failures) console.error(failure);
process.exitCode = failures.length > 0 ? 1 : 0;
