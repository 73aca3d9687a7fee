import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExpectRepliesClient, type BotReply } from '../support/direct-client.ts';
import { startFakeOpenAIServer } from '../support/fake-openai-server.ts';
import { killServerProcess, startServerProcess, type ServerProcess } from '../scale/server-process.ts';

/** The fake model holds each answer this long: the turn is still running when SIGTERM arrives. */
const SLOW_MODEL_MS = 1_500;
const POLL_MS = 20;

const dir = mkdtempSync(join(tmpdir(), 'notice-navigator-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SIGTERM', () => {
  let server: ServerProcess | undefined;
  afterAll(() => killServerProcess(server));

  it('finishes the turn in flight, refuses new connections, and exits 0', async () => {
    const model = await startFakeOpenAIServer({ behaviour: 'slow', slowMs: SLOW_MODEL_MS });
    try {
      server = await startServerProcess({
        STATE_SQLITE_PATH: join(dir, 'state.sqlite'),
        INTAKE_SQLITE_PATH: join(dir, 'intakes.sqlite'),
        OPENAI_API_KEY: 'test-key',
        OPENAI_BASE_URL: model.baseURL,
        OPENAI_TIMEOUT_MS: '5000',
      });
      const client = new ExpectRepliesClient(server.url);
      const started = performance.now();
      const inFlight = client.send('What is a collection due process hearing?');
      while (model.requestCount === 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));

      server.child.kill('SIGTERM');
      const replies: BotReply[] = await inFlight;
      const answer = replies.find((reply) => reply.channelData?.guidance?.route === 'answer');
      expect(answer?.text).toBeTruthy();
      // The answer waited for the model, so the turn really was in flight during the shutdown.
      expect(performance.now() - started).toBeGreaterThanOrEqual(SLOW_MODEL_MS - 100);

      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output()).toMatch(/shut down cleanly/);
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    } finally {
      await model.close();
    }
  }, 90_000);
});
