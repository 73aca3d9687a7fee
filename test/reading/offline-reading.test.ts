import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { hasService } from '../support/services.ts';
import { NOTICE_PAGES } from './support/notice-pages.ts';
import { FixtureRenderer } from './support/rendered-fixtures.ts';

const SCRIPT = resolve(import.meta.dirname, 'support/read-stdin.ts');

/** `unshare -rn` gives the child a network namespace with no interface up: any fetch fails at once. */
async function canIsolateNetwork(): Promise<boolean> {
  try {
    await promisify(execFile)('unshare', ['-rn', 'true']);
    return true;
  } catch (error) {
    const reason = `cannot run without network here (unshare -rn: ${(error as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`${reason}; CI requires it`, { cause: error });
    console.warn(`skipping the offline reading test: ${reason}`);
    return false;
  }
}

function readIsolated(cwd: string, type: string, bytes: Buffer): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('unshare', ['-rn', process.execPath, SCRIPT, type], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done(out) : fail(new Error(`exit ${code}: ${err.slice(-2000)}`)),
    );
    child.stdin.end(bytes);
  });
}

describe.skipIf(!(await hasService('chromium')) || !(await canIsolateNetwork()))(
  'reading with no network',
  () => {
    const cwd = mkdtempSync(join(tmpdir(), 'notice-navigator-offline-'));
    afterAll(() => rmSync(cwd, { recursive: true, force: true }));

    it('reads a photo and a scanned PDF with the network cut off, and writes nothing to disk', async () => {
      const renderer = new FixtureRenderer();
      const notice = NOTICE_PAGES[0]!;
      const photo = await renderer.render(notice, {
        name: 'tilted',
        tiltDeg: 4,
        blurPx: 0,
        contrast: 1,
        quality: 90,
      });
      const scan = await renderer.render(notice, 'scanned-pdf');
      await renderer.close();
      for (const [type, bytes] of [
        ['image/jpeg', photo],
        ['application/pdf', scan],
      ] as const) {
        const result = JSON.parse(await readIsolated(cwd, type, bytes)) as { ok: boolean; reading?: unknown };
        expect(result).toMatchObject({
          ok: true,
          reading: { noticeDate: notice.expected.noticeDate, amountDue: notice.expected.amountDue },
        });
      }
      // No language data cached, no image kept: the working directory is as empty as it started.
      expect(readdirSync(cwd)).toEqual([]);
    }, 180_000);
  },
);
