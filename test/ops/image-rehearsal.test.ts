import { execFile, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  statSync,
  statfsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, matchesGlob, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  argDefault,
  envPairs,
  execForm,
  flags,
  readDockerfile,
  stagesOf,
  type Instruction,
} from '../support/dockerfile.ts';
import { freePort } from '../scale/server-process.ts';
import { hasService } from '../support/services.ts';
import { NOTICE_PAGES } from '../reading/support/notice-pages.ts';
import { FixtureRenderer } from '../reading/support/rendered-fixtures.ts';

/*
 * No Docker engine here, so the image is rehearsed: the Dockerfile's instructions are read from the file
 * and carried out one by one in temporary directories (one per stage, each standing for that stage's
 * filesystem root), with the Node 24 of the `node` devDependency standing in for the base image's. Then
 * the CMD runs as the image's unprivileged user with the runtime stage's environment. An instruction the
 * rehearsal does not know fails it, so a change to the Dockerfile cannot slip past unrehearsed.
 *
 * What this proves without an engine: the production install (`npm ci --omit=dev`) succeeds on its own
 * and production code imports nothing from devDependencies; the code is readable but not writable by
 * the app's user and the data directory is the one place it writes; and the health check, the auth
 * requirement, readiness and the stop signal behave in that layout.
 */

const execFileAsync = promisify(execFile);
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const instructions = readDockerfile(join(REPO_ROOT, 'Dockerfile'));
const HAS_CHROMIUM = await hasService('chromium');

/** The official node images' unprivileged user. */
const IMAGE_USERS: Record<string, { uid: number; gid: number }> = { node: { uid: 1000, gid: 1000 } };
/** Only root can start a process as another user; anyone else runs the app as themselves. */
const CAN_SWITCH_USER = process.getuid?.() === 0;
const RUN_AS = CAN_SWITCH_USER
  ? 'uid 1000 (the image user)'
  : `the current user (uid ${process.getuid?.() ?? '?'}: not root, so the user cannot be switched)`;

/** What production refuses to start without (src/config.ts); dummy values, nothing calls Microsoft. */
const PRODUCTION_SETTINGS = {
  MicrosoftAppId: '00000000-1111-2222-3333-444444444444',
  MicrosoftAppPassword: 'image-rehearsal-app-password',
  MicrosoftAppTenantId: '99999999-8888-7777-6666-555555555555',
};

/** `docker stop` sends the STOPSIGNAL and kills the container 10 s later. */
const DOCKER_STOP_TIMEOUT_MS = 10_000;
const READY_TIMEOUT_MS = 60_000;
/** The installs are most of the build: typically 40-90 s each from the npm cache on two shared cores. */
const BUILD_TIMEOUT_MS = 300_000;
/** The whole build: the assets stage's full install and the production install, one after the other. */
const ALL_STAGES_TIMEOUT_MS = 2 * BUILD_TIMEOUT_MS;
/** Issue 15's target for the production dependencies (806 MB before Web Chat became a devDependency). */
const MAX_PRODUCTION_MODULES_MB = 250;
const POLL_MS = 100;
/** Room the stages need in memory: the assets stage's full node_modules is about 1.3 GB. */
const SCRATCH_BYTES = 3 * 1024 ** 3;

type StageState = {
  root: string;
  workdir: string;
  env: Record<string, string>;
  user?: string;
  cmd?: string[];
  healthcheck?: string;
  stopSignal?: string;
  volumes: string[];
  exposed: string[];
};

// --- The build context: the repository as .dockerignore filters it. ---

const ignorePatterns = readFileSync(join(REPO_ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => line.replace(/^(!?)\//, '$1'));

/** Docker's rule: the last pattern matching the path or one of its parent directories decides. */
function ignoredByContext(path: string): boolean {
  const segments = path.split('/');
  let ignored = false;
  for (const line of ignorePatterns) {
    const negated = line.startsWith('!');
    const pattern = negated ? line.slice(1) : line;
    if (segments.some((_, i) => matchesGlob(segments.slice(0, i + 1).join('/'), pattern))) ignored = !negated;
  }
  return ignored;
}

function fromContext(source: string): string {
  const path = posix.normalize(source).replace(/\/$/, '');
  if (ignoredByContext(path))
    throw new Error(`COPY ${source}: excluded from the build context by .dockerignore`);
  return join(REPO_ROOT, path);
}

// --- The stages, carried out instruction by instruction. ---

const timings = { npmCiSeconds: [] as number[] };

/** A path inside a stage's filesystem, relative ones taken from its WORKDIR. */
function inStage(stage: StageState, path: string): string {
  return join(stage.root, posix.resolve(stage.workdir, path));
}

/** Absolute container paths in ENV values (the SQLite files) point into the stage's filesystem. */
function stageEnv(stage: StageState): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stage.env).map(([key, value]) => [
      key,
      value.startsWith('/') && existsSync(join(stage.root, value.split('/')[1] ?? ''))
        ? join(stage.root, value)
        : value,
    ]),
  );
}

/** npm settings worth passing on; the rest of npm_* describes the project running the tests. */
const NPM_MACHINE_SETTINGS =
  /^npm_config_(cache|registry|cafile|userconfig|globalconfig|(https_)?proxy|noproxy|strict_ssl)$/i;

/** The environment for npm: this machine's (its registry and cache), not the test run's npm variables. */
function npmEnv(stage: StageState): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !/^npm_/i.test(key) || NPM_MACHINE_SETTINGS.test(key),
  );
  return {
    ...Object.fromEntries(inherited),
    ...stage.env,
    // The base image's Node 24 runs npm and the install scripts.
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    // An install script that reaches for a package outside the lockfile (npx) fails here instead of
    // quietly downloading it during `docker build`.
    npm_config_yes: 'false',
  };
}

async function runStep(stage: StageState, command: string): Promise<void> {
  const words = command.split(/\s+/);
  if (command.startsWith('npm ci ')) {
    // The machine's npm cache stands in for the registry round trips (same lockfile, same integrity).
    const started = performance.now();
    await execFileAsync('npm', [...words.slice(1), '--prefer-offline'], {
      cwd: inStage(stage, '.'),
      env: npmEnv(stage),
      maxBuffer: 64 * 1024 * 1024,
      timeout: BUILD_TIMEOUT_MS,
    });
    timings.npmCiSeconds.push((performance.now() - started) / 1000);
  } else if (words[0] === 'node' && words.length === 2) {
    // A build script (the precompressed assets), run by the image's Node in the stage's working directory.
    await execFileAsync(process.execPath, [words[1] ?? ''], {
      cwd: inStage(stage, '.'),
      env: npmEnv(stage),
      timeout: BUILD_TIMEOUT_MS,
    });
  } else if (command.startsWith('npm cache clean')) {
    // The image drops its copy of the cache; here the cache is this machine's, shared with everyone.
  } else if (words[0] === 'mkdir' && words[1] === '-p') {
    for (const path of words.slice(2)) mkdirSync(inStage(stage, path), { recursive: true, mode: 0o755 });
  } else if (words[0] === 'chown' && words.length === 3) {
    const [user = '', group = user] = (words[1] ?? '').split(':');
    const owner = IMAGE_USERS[user];
    if (!owner || IMAGE_USERS[group]?.gid !== owner.gid) throw new Error(`unknown owner in: ${command}`);
    // Without root the directory already belongs to the user the app will run as.
    if (CAN_SWITCH_USER) chownSync(inStage(stage, words[2] ?? ''), owner.uid, owner.gid);
  } else {
    throw new Error(`the rehearsal does not know how to RUN: ${command}`);
  }
}

/** COPY: from the build context, or with --from=<stage> out of an earlier stage (moved, not copied). */
function copy(stage: StageState, args: string, stages: Map<string, StageState>): void {
  const options = flags(args);
  const unknown = Object.keys(options).filter((option) => option !== 'from');
  if (unknown.length > 0) throw new Error(`the rehearsal does not know COPY --${unknown.join(', --')}`);
  const words = args.split(/\s+/).filter((word) => !word.startsWith('--'));
  const dest = words.pop() ?? '';
  const intoDirectory = dest.endsWith('/') || words.length > 1;
  const from = options.from === undefined ? undefined : stages.get(options.from);
  if (options.from !== undefined && !from) throw new Error(`COPY --from an unknown stage: ${args}`);
  for (const source of words) {
    const sourcePath = from ? inStage(from, source) : fromContext(source);
    const isDirectory = statSync(sourcePath).isDirectory();
    const target =
      intoDirectory && !isDirectory ? join(inStage(stage, dest), basename(source)) : inStage(stage, dest);
    mkdirSync(dirname(target), { recursive: true, mode: 0o755 });
    if (from) {
      // 800 MB of node_modules: a move gives the same tree as Docker's copy, in no time.
      renameSync(sourcePath, target);
    } else {
      cpSync(sourcePath, target, {
        recursive: true,
        filter: (path) => !ignoredByContext(relative(REPO_ROOT, path)),
      });
    }
  }
}

async function build(base: string): Promise<StageState> {
  const stages = new Map<string, StageState>();
  let final: StageState | undefined;
  for (const [index, { image, name, instructions: steps }] of stagesOf(instructions).entries()) {
    const resolvedImage = image.replace(
      /^\$\{(\w+)\}$/,
      (_, arg: string) => argDefault(instructions, arg) ?? '',
    );
    // Node 24 from the devDependency stands in for the base image's; the majors must agree.
    expect(resolvedImage).toMatch(new RegExp(`^node:${process.versions.node.split('.')[0]}[.-]`));
    const root = join(base, name ?? `stage-${index}`);
    mkdirSync(root, { mode: 0o755 });
    const stage: StageState = { root, workdir: '/', env: {}, volumes: [], exposed: [] };
    for (const { keyword, args } of steps) await apply(stage, keyword, args, stages);
    if (name) stages.set(name, stage);
    final = stage;
  }
  if (!final) throw new Error('the Dockerfile has no stage');
  return final;
}

async function apply(
  stage: StageState,
  keyword: Instruction['keyword'],
  args: string,
  stages: Map<string, StageState>,
): Promise<void> {
  switch (keyword) {
    case 'WORKDIR':
      stage.workdir = posix.resolve(stage.workdir, args);
      mkdirSync(inStage(stage, '.'), { recursive: true, mode: 0o755 });
      return;
    case 'ENV':
      Object.assign(stage.env, envPairs(args));
      return;
    case 'COPY':
      copy(stage, args, stages);
      return;
    case 'RUN':
      for (const command of args.split('&&')) await runStep(stage, command.trim());
      return;
    case 'VOLUME':
      stage.volumes.push(...(JSON.parse(args) as string[]));
      return;
    case 'USER':
      stage.user = args;
      return;
    case 'EXPOSE':
      stage.exposed.push(args);
      return;
    case 'HEALTHCHECK':
      stage.healthcheck = args;
      return;
    case 'STOPSIGNAL':
      stage.stopSignal = args;
      return;
    case 'CMD':
      stage.cmd = execForm(args);
      return;
    default:
      throw new Error(`the rehearsal does not know the instruction ${keyword} ${args}`);
  }
}

/**
 * The stages go to memory when it has room: the install writes 800 MB in some 50,000 files, which on a
 * shared disk costs more than npm's own work and takes a minute more to delete. Install scripts run
 * from there, so a noexec mount will not do.
 */
function scratchDirectory(): string {
  const shm = '/dev/shm';
  const mounts = existsSync('/proc/mounts') ? readFileSync('/proc/mounts', 'utf8').split('\n') : [];
  const options = mounts.map((line) => line.split(' ')).find((fields) => fields[1] === shm)?.[3] ?? 'noexec';
  if (options.split(',').includes('noexec')) return tmpdir();
  const { bavail, bsize } = statfsSync(shm);
  return bavail * bsize > SCRATCH_BYTES ? shm : tmpdir();
}

// --- The container: the CMD, started as the image's user. ---

describe(`Docker image rehearsal (Dockerfile carried out without Docker, app run as ${RUN_AS})`, () => {
  const base = mkdtempSync(join(scratchDirectory(), 'notice-navigator-image-'));
  // The unprivileged user must be able to reach the stage directories (mkdtemp makes them private).
  chmodSync(base, 0o755);
  /**
   * The base image's Node, where node:24 images keep it. Not the one in the checkout's node_modules:
   * the image user may not be able to reach that (a CI clone in a private temporary directory).
   */
  const imageNode = join(base, 'usr/local/bin/node');
  let runtime: StageState;
  let owner: { uid: number; gid: number } | Record<string, never> = {};
  let env: Record<string, string>;
  let url: string;
  let child: ChildProcess | undefined;
  let output = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let readOnlyCode: string[] = [];
  let started = 0;

  beforeAll(async () => {
    started = performance.now();
    mkdirSync(dirname(imageNode), { recursive: true, mode: 0o755 });
    copyFileSync(process.execPath, imageNode);
    chmodSync(imageNode, 0o755);
    runtime = await build(base);
    const user = IMAGE_USERS[runtime.user ?? ''];
    if (!user) throw new Error(`the runtime stage runs as an unknown user: ${runtime.user ?? 'root'}`);
    if (CAN_SWITCH_USER) owner = user;
    else {
      console.warn(
        `image rehearsal: not root, so the app runs as ${RUN_AS}; its code is made read-only instead`,
      );
      readOnlyCode = ['.', 'src', 'node_modules', 'dist'].map((path) => inStage(runtime, path));
      for (const path of readOnlyCode) chmodSync(path, 0o555);
    }

    const port = await freePort();
    env = {
      PATH: `${dirname(imageNode)}:/usr/local/bin:/usr/bin:/bin`,
      ...stageEnv(runtime),
      // 3978 may be taken on a shared machine; the app reads the port from PORT either way.
      PORT: String(port),
      // Reading a scanned page takes seconds more than the 10 s default on two busy shared cores.
      NOTICE_READ_TIMEOUT_MS: '60000',
      ...PRODUCTION_SETTINGS,
    };
    const [program, ...args] = runtime.cmd ?? [];
    expect(program).toBe('node');
    const app = spawn(imageNode, args, {
      cwd: inStage(runtime, '.'),
      env,
      ...owner,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = app;
    app.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    app.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((resolve) => app.once('exit', (code, signal) => resolve({ code, signal })));
    url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (app.exitCode !== null) throw new Error(`the app exited at start:\n${output}`);
      const up = await fetch(`${url}/healthz`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error(`the app did not come up:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    console.info(
      `image rehearsal in ${base}: npm ci ${timings.npmCiSeconds.map((t) => `${t.toFixed(1)} s`).join(' and ')}, ` +
        `build and start ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }, ALL_STAGES_TIMEOUT_MS + READY_TIMEOUT_MS);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    for (const path of readOnlyCode) chmodSync(path, 0o755);
    // Deleting 800 MB of node_modules from a busy disk (when memory had no room) can take longer than
    // the rest of the test: it goes on in the background and nothing waits for it.
    spawn('rm', ['-rf', base], { detached: true, stdio: 'ignore' }).unref();
    console.info(`image rehearsal: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  });

  it('installs the production dependencies alone: no devDependency, no `node` package shadowing the runtime', () => {
    const modules = inStage(runtime, 'node_modules');
    expect(existsSync(join(modules, 'zod'))).toBe(true);
    // Web Chat (and its React and speech SDK tree) is a devDependency: only its bundle reaches the image.
    for (const dev of [
      'node',
      '.bin/node',
      'vitest',
      'typescript',
      'eslint',
      'fast-check',
      'botframework-webchat',
    ]) {
      expect(existsSync(join(modules, dev)), dev).toBe(false);
    }
    // botbuilder-dialogs' install script ran (it deletes nested copies of the recognizers with `npx rimraf`).
    expect(
      existsSync(
        join(modules, '@microsoft/recognizers-text-suite/node_modules/@microsoft/recognizers-text-number'),
      ),
    ).toBe(false);
  });

  it(`keeps the production node_modules under ${MAX_PRODUCTION_MODULES_MB} MB`, async () => {
    const { stdout } = await execFileAsync('du', ['-sm', inStage(runtime, 'node_modules')]);
    const megabytes = Number.parseInt(stdout, 10);
    console.info(`image rehearsal: production node_modules ${megabytes} MB`);
    expect(megabytes).toBeGreaterThan(0);
    expect(megabytes).toBeLessThan(MAX_PRODUCTION_MODULES_MB);
  });

  it('leaves the code read-only to the app user and the data directory writable', async () => {
    const dataDir = inStage(runtime, dirname(runtime.env.STATE_SQLITE_PATH ?? ''));
    expect(runtime.volumes).toContain(posix.dirname(runtime.env.STATE_SQLITE_PATH ?? ''));
    const targets = {
      app: '.',
      src: 'src',
      nodeModules: 'node_modules',
      zod: 'node_modules/zod',
      dist: 'dist',
    };
    const probe = `
      const { writeFileSync, rmSync } = require('node:fs');
      const result = {};
      for (const [name, dir] of Object.entries(JSON.parse(process.argv[1]))) {
        try { writeFileSync(dir + '/write-probe', 'x'); rmSync(dir + '/write-probe'); result[name] = 'written'; }
        catch (error) { result[name] = error.code; }
      }
      process.stdout.write(JSON.stringify(result));`;
    const dirs = {
      ...Object.fromEntries(Object.entries(targets).map(([name, path]) => [name, inStage(runtime, path)])),
      data: dataDir,
    };
    const { stdout } = await execFileAsync(imageNode, ['-e', probe, JSON.stringify(dirs)], owner);
    expect(JSON.parse(stdout)).toEqual({
      app: 'EACCES',
      src: 'EACCES',
      nodeModules: 'EACCES',
      // Root-owned like the rest of node_modules; without root only the top directories are read-only.
      zod: CAN_SWITCH_USER ? 'EACCES' : 'written',
      dist: 'EACCES',
      data: 'written',
    });
  });

  it("passes the Dockerfile's HEALTHCHECK command, run as the app user with the container's environment", async () => {
    const [program, ...args] = execForm(runtime.healthcheck ?? '');
    expect(program).toBe('node');
    // The image exposes the port its ENV tells the app (and the health check) to use.
    expect(runtime.exposed).toContain(runtime.env.PORT);
    const timeout = Number.parseInt(flags(runtime.healthcheck ?? '').timeout ?? '', 10) * 1000;
    expect(timeout).toBeGreaterThan(0);
    await expect(execFileAsync(imageNode, args, { env, timeout, ...owner })).resolves.toBeDefined();
  });

  it('is ready, with its SQLite files created in the data directory by the app user', async () => {
    const response = await fetch(`${url}/readyz`);
    expect(response.status, await response.text()).toBe(200);
    for (const name of ['STATE_SQLITE_PATH', 'INTAKE_SQLITE_PATH']) {
      const path = env[name] ?? '';
      expect(path.startsWith(inStage(runtime, posix.dirname(runtime.env[name] ?? '')))).toBe(true);
      expect(existsSync(path), `${name} ${path}`).toBe(true);
      if (CAN_SWITCH_USER) expect(statSync(path).uid).toBe(IMAGE_USERS.node?.uid);
    }
  });

  it('refuses bot traffic without a token (production, with an app id)', async () => {
    const response = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'CP14',
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/amer/',
        conversation: { id: 'image-rehearsal' },
        from: { id: 'user-1' },
        recipient: { id: 'bot' },
      }),
    });
    expect(response.status).toBe(401);
  });

  it("serves the chat page and Web Chat's bundle from the build output, compressed from the first request", async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    const bundle = /\/webchat\/vendor\/webchat-[\w.-]+\.js/.exec(await page.text())?.[0];
    expect(bundle).toBeDefined();
    expect(existsSync(inStage(runtime, `dist/webchat/${basename(bundle ?? '')}`))).toBe(true);
    const response = await fetch(`${url}${bundle}`, { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(200);
    // Made in the build stage: a server that had to compress it itself would send it plain at first.
    expect(response.headers.get('content-encoding')).toBe('br');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
  });

  it.skipIf(!HAS_CHROMIUM)(
    'reads a scanned notice (pdf.js renders it, tesseract reads it) with what the pruning left',
    async () => {
      const renderer = new FixtureRenderer();
      const cp14 = NOTICE_PAGES[0];
      if (!cp14) throw new Error('no CP14 fixture');
      try {
        const response = await fetch(`${url}/api/notice/read`, {
          method: 'POST',
          headers: { 'content-type': 'application/pdf' },
          body: new Uint8Array(await renderer.render(cp14, 'scanned-pdf')),
        });
        expect(response.status, output).toBe(200);
        expect(await response.json()).toMatchObject({
          noticeCode: cp14.expected.noticeCode,
          noticeDate: cp14.expected.noticeDate,
        });
      } finally {
        await renderer.close();
      }
    },
    120_000,
  );

  it("stops on the STOPSIGNAL with exit code 0 well within docker stop's 10 s", async () => {
    const signal = (runtime.stopSignal ?? 'SIGTERM') as NodeJS.Signals;
    const stopping = performance.now();
    child?.kill(signal);
    const timeout = new Promise<'timed out'>((resolve) =>
      setTimeout(() => resolve('timed out'), DOCKER_STOP_TIMEOUT_MS).unref(),
    );
    expect(await Promise.race([exited, timeout]), output).toEqual({ code: 0, signal: null });
    expect(performance.now() - stopping).toBeLessThan(DOCKER_STOP_TIMEOUT_MS);
    expect(output).toMatch(/shut down cleanly/);
  });
});
