import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run mutate` (scripts/mutate.ts) names the tests that exercise the mutated module in MUTATE_TESTS.
// They are chosen here, not with Stryker's `testFiles`: with `testFiles` StrykerJS 10 activates a mutant
// of module-level code (a regex, a table) only after the module has loaded, so every such mutant
// "survives" (stryker-mutator/stryker-js#6144, #6209).
const include = process.env.MUTATE_TESTS?.split(',').filter((pattern) => pattern !== '');
if (include === undefined || include.length === 0) {
  throw new Error('vitest.mutate.config.ts is for `npm run mutate`, which sets MUTATE_TESTS');
}

export default defineConfig({ ...base, test: { ...base.test, include } });
