/**
 * `npm run claims`: drafts the claims of every passage whose text changed since its claims were reviewed
 * (or that has none), keeps every reviewed entry whose text is unchanged, and rewrites
 * src/knowledge/passages/data/claims.ts. It names what it drafted: review those entries before committing.
 */
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  draftClaims,
  passageTextHash,
  termRarity,
  type PassageClaims,
} from '../src/knowledge/passages/claims.ts';
import { PASSAGE_CLAIMS } from '../src/knowledge/passages/data/claims.ts';
import { ALL_PASSAGE_DATA } from '../src/knowledge/passages/data/index.ts';

const target = fileURLToPath(new URL('../src/knowledge/passages/data/claims.ts', import.meta.url));
const rarity = termRarity(ALL_PASSAGE_DATA.map((passage) => passage.text));
const drafted: string[] = [];
const entries: Record<string, PassageClaims> = {};
for (const passage of ALL_PASSAGE_DATA) {
  const reviewed = PASSAGE_CLAIMS[passage.id];
  if (reviewed !== undefined && reviewed.textHash === passageTextHash(passage.text)) {
    entries[passage.id] = reviewed;
  } else {
    entries[passage.id] = draftClaims(passage.text, rarity);
    drafted.push(passage.id);
  }
}

const source = [
  "import type { PassageClaims } from '../claims.ts';",
  '',
  '/**',
  ' * What each passage says, clause by clause (see claims.ts): drafted by `npm run claims`, then reviewed.',
  ' * `textHash` ties an entry to the text it was reviewed against.',
  ' */',
  `export const PASSAGE_CLAIMS: Readonly<Record<string, PassageClaims>> = ${JSON.stringify(entries)};`,
  '',
].join('\n');
writeFileSync(target, source);
execFileSync('npx', ['prettier', '--write', target], { stdio: 'ignore' });
console.log(drafted.length === 0 ? 'all claims up to date' : `drafted, review these: ${drafted.join(', ')}`);
