import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { execForm, flags, readDockerfile, stagesOf, type Instruction } from '../support/dockerfile.ts';
import { startTestApp } from '../support/test-app.ts';

/*
 * No Docker engine here: the Dockerfile is checked by parsing it, and its health check command is run
 * for real against the app (the image runs the same command with the same Node major). The image
 * itself is rehearsed, instruction by instruction, in image-rehearsal.test.ts.
 */

const run = promisify(execFile);
const instructions = readDockerfile('Dockerfile');
const all = (keyword: string) => instructions.filter((i) => i.keyword === keyword);
const stages = all('FROM');
const lastStageStart = instructions.lastIndexOf(stages.at(-1) as Instruction);
const runtime = instructions.slice(lastStageStart);
const runtimeAll = (keyword: string) => runtime.filter((i) => i.keyword === keyword);
const nodeImage =
  /NODE_IMAGE=(\S+)/.exec(
    all('ARG')
      .map((a) => a.args)
      .join(' '),
  )?.[1] ?? '';

/** The runtime stage's COPY --from instructions: which stage each takes what from. */
const copiesFromStages = runtimeAll('COPY').flatMap(({ args }) => {
  const from = flags(args).from;
  const stage = stagesOf(instructions).find((s) => s.name === from);
  const paths = args.split(/\s+/).filter((word) => !word.startsWith('--'));
  return stage ? [{ stage, sources: paths.slice(0, -1) }] : [];
});
const installOf = (stage: { instructions: Instruction[] }) =>
  stage.instructions.find((i) => i.keyword === 'RUN' && /npm (ci|install)\b/.test(i.args));
const installIn = (stage: { instructions: Instruction[] }) => installOf(stage)?.args;

function healthcheckCommand(): string[] {
  return execForm(runtimeAll('HEALTHCHECK')[0]?.args ?? '');
}

describe('Dockerfile', () => {
  it('is multi-stage on the official Node 24 slim image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(nodeImage).toMatch(/^node:24(\.\d+)*-bookworm-slim$/);
    for (const stage of stages) expect(stage.args).toMatch(/^\$\{NODE_IMAGE\}( AS \w+)?$/);
    const [, builder] = /AS (\w+)/.exec(stages[0]?.args ?? '') ?? [];
    expect(runtime.some((i) => i.keyword === 'COPY' && i.args.includes(`--from=${builder}`))).toBe(true);
  });

  it('installs production dependencies from the lockfile only, with package.json (allowScripts) present', () => {
    const modules = copiesFromStages.filter(({ sources }) => sources.some((p) => /node_modules/.test(p)));
    expect(modules).toHaveLength(1);
    const instructionsOfStage = modules[0]?.stage.instructions ?? [];
    const install = installOf({ instructions: instructionsOfStage });
    expect(install?.args).toMatch(/^npm ci --omit=dev\b/);
    const copiesBeforeInstall = instructionsOfStage.slice(
      0,
      instructionsOfStage.indexOf(install as Instruction),
    );
    for (const file of ['package.json', 'package-lock.json']) {
      expect(copiesBeforeInstall.some((i) => i.keyword === 'COPY' && i.args.includes(file))).toBe(true);
    }
  });

  it('runs as a non-root user in production mode on port 3978 with a data volume', () => {
    const user = runtimeAll('USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(
      runtimeAll('ENV')
        .map((e) => e.args)
        .join(' '),
    ).toMatch(/NODE_ENV=production/);
    expect(runtimeAll('EXPOSE').map((e) => e.args)).toContain('3978');
    expect(
      runtimeAll('VOLUME')
        .map((v) => v.args)
        .join(' '),
    ).toContain('/app/data');
    expect(JSON.parse(runtimeAll('CMD').at(-1)?.args ?? 'null')).toEqual(['node', 'src/server.ts']);
  });

  it('never installs dev tooling or the `node` npm package in the image: a full install stays in its build stage', () => {
    expect(runtime.some((i) => i.keyword === 'RUN' && /npm (ci|install)\b/.test(i.args))).toBe(false);
    expect(runtime.some((i) => i.keyword === 'COPY' && /^\.\s/.test(i.args))).toBe(false);
    // The stage that installs devDependencies (to build Web Chat's bundle) gives the image its dist/ only.
    const fullInstalls = copiesFromStages.filter(({ stage }) => !/--omit=dev/.test(installIn(stage) ?? ''));
    expect(fullInstalls.length).toBeGreaterThan(0);
    for (const { sources } of fullInstalls) expect(sources).toEqual(['/app/dist']);
  });

  it('keeps secrets and local state out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['.git', 'node_modules', 'dist', 'data', '.env', 'test'])
      expect(ignored).toContain(entry);
  });

  it('has a health check whose command passes against a running app and fails without one', async () => {
    const [program, ...args] = healthcheckCommand();
    expect(program).toBe('node');
    const app = await startTestApp({ today: '2026-03-10' });
    const port = new URL(app.url).port;
    try {
      await expect(run(process.execPath, args, { env: { PORT: port } })).resolves.toBeDefined();
    } finally {
      await app.close();
    }
    await expect(run(process.execPath, args, { env: { PORT: port } })).rejects.toMatchObject({ code: 1 });
  });
});
