import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READING_LIMITS } from '../../../src/reading/notice-reader.ts';
import { MAX_BODY_BYTES } from '../../../src/http/app.ts';
import { startTestApp, type TestApp } from '../../support/test-app.ts';
import { pdfWithPages } from '../../reading/support/hostile-files.ts';
import { NOTICE_PAGES } from '../../reading/support/notice-pages.ts';
import { FixtureRenderer } from '../../reading/support/rendered-fixtures.ts';
import { hasService } from '../../support/services.ts';
import { botTexts, DirectLineClient, pollUntil } from './direct-line-client.ts';

const MESSAGE = { type: 'message', from: { id: 'r_user' }, channelData: { clientActivityID: 'c-1' } };
const PDF = { type: 'application/pdf', bytes: pdfWithPages(1), name: 'Jordan Taxpayer notice.pdf' };

let app: TestApp;
let client: DirectLineClient;

beforeAll(async () => {
  app = await startTestApp({ today: '2026-11-20', env: { NOTICE_READ_TIMEOUT_MS: '60000' } });
});
afterAll(async () => {
  await app.close();
});

async function started(): Promise<DirectLineClient> {
  const started = new DirectLineClient(app.url);
  await started.start();
  await started.poll();
  return started;
}

describe('local Direct Line: a file sent with the upload button', () => {
  it('reaches the bot, which reads it; the queue says a file was sent, never its bytes or its name', async () => {
    client = await started();
    const response = await client.upload(MESSAGE, [PDF]);
    expect(response.status).toBe(200);
    const { id } = (await response.json()) as { id: string };

    const activities = await pollUntil(client, (texts) => texts.length >= 2);
    const echo = activities.find((a) => a.id === id);
    expect(echo?.from.role).toBe('user');
    expect(echo?.channelData?.clientActivityID).toBe('c-1');
    expect(echo?.attachments).toEqual([{ contentType: 'application/pdf', name: 'The file you sent' }]);
    // The upload's own turn only says the reading started; what was read follows through the queue.
    expect(botTexts(activities)).toEqual([
      'Reading your notice…',
      'I read a CP14 dated November 16, 2026: is that right?',
    ]);
    const queued = JSON.stringify(activities);
    expect(queued).not.toContain('base64');
    expect(queued).not.toContain('Jordan');
  }, 60_000);

  it(`takes a file larger than the JSON limit (${MAX_BODY_BYTES} bytes), which the JSON parser never sees`, async () => {
    client = await started();
    // Whitespace after the end of a PDF is allowed; it makes the file larger than any JSON body.
    const padded = Buffer.concat([PDF.bytes, Buffer.alloc(MAX_BODY_BYTES * 2, 0x0a)]);
    const response = await client.upload(MESSAGE, [{ ...PDF, bytes: padded }]);
    expect(response.status).toBe(200);
    expect(botTexts(await pollUntil(client, (texts) => texts.length >= 2))).toEqual([
      'Reading your notice…',
      'I read a CP14 dated November 16, 2026: is that right?',
    ]);
  }, 60_000);
});

describe('local Direct Line: uploads refused', () => {
  beforeAll(async () => {
    client = await started();
  });

  it('refuses an upload without a token (401) or with the token of another conversation (403)', async () => {
    expect((await client.upload(MESSAGE, [PDF], client.conversationId, '')).status).toBe(401);
    const other = await started();
    expect((await client.upload(MESSAGE, [PDF], other.conversationId)).status).toBe(403);
  });

  it('refuses a body that is not multipart/form-data with 415', async () => {
    const response = await client.request(
      'POST',
      `/v3/directline/conversations/${client.conversationId}/upload`,
      MESSAGE,
    );
    expect(response.status).toBe(415);
    expect(((await response.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('content-type');
  });

  it.each([
    ['en-US', 'That file is over 10 MB. A photo of the first page of the notice is enough.'],
    ['es-US', 'Ese archivo pasa de 10 MB. Basta con una foto de la primera página del aviso.'],
  ])(
    `takes a file over ${READING_LIMITS.maxBytes / 1024 / 1024} MB (%s) and says in the chat why it was not read, its bytes dropped`,
    async (locale, words) => {
      const person = await started();
      // As Direct Line JS sends it: the activity names the file's type; the file follows it.
      const activity = {
        ...MESSAGE,
        locale,
        attachments: [{ contentType: 'application/pdf', name: PDF.name }],
      };
      const response = await person.upload(activity, [
        { ...PDF, bytes: Buffer.alloc(READING_LIMITS.maxBytes + 1, 0x20) },
      ]);
      // Not a 413, which Web Chat shows only as "Send failed": the person's message is sent, and answered.
      expect(response.status).toBe(200);
      const activities = await person.poll();
      const echo = activities.find((a) => a.from.role === 'user');
      expect(echo?.channelData?.clientActivityID).toBe('c-1');
      expect(echo?.attachments?.map((a) => a.contentType)).toEqual(['application/pdf']);
      const [refusal, ...rest] = botTexts(activities);
      expect(refusal).toMatch(new RegExp(`^${words}`));
      // The question still open is asked again: the typed path stays open.
      expect(rest).toHaveLength(1);
      expect(JSON.stringify(activities).length).toBeLessThan(20_000);
    },
  );

  it('refuses a body that says it is far over the limit with 413, before reading it', async () => {
    const { status, headers, body } = await new Promise<{
      status: number;
      headers: IncomingHttpHeaders;
      body: string;
    }>((resolve, reject) => {
      const url = new URL(`/v3/directline/conversations/${client.conversationId}/upload`, app.url);
      const outgoing = httpRequest(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${client.token}`,
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(100 * 1024 * 1024),
        },
      });
      outgoing.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text });
          outgoing.destroy();
        });
      });
      outgoing.on('error', reject);
      outgoing.write('--x\r\n');
    });
    expect(status).toBe(413);
    expect(headers.connection).toBe('close');
    expect(JSON.parse(body)).toEqual({
      error: 'payload_too_large',
      issues: [{ path: 'file', message: 'must be at most 10 MB' }],
    });
  });

  it.each([
    ['no file', [], 'file'],
    ['two files at once', [PDF, PDF], 'file'],
  ])('refuses %s with 400 and the field at fault', async (_name, files, path) => {
    const response = await client.upload(MESSAGE, files);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      path,
    ]);
  });

  it.each([
    ['an activity that is not a message', { type: 'event', name: 'x' }, 'activity.type'],
    ['a text that is far too long', { ...MESSAGE, text: 'x'.repeat(20_001) }, 'activity.text'],
  ])('refuses %s with 400 and the field at fault', async (_name, activity, path) => {
    const response = await client.upload(activity, [PDF]);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(
      path,
    );
  });

  it('queues nothing for a refused upload', async () => {
    await client.upload(MESSAGE, []);
    expect(await client.poll()).toEqual([]);
  });
});

describe.skipIf(!(await hasService('chromium')))('local Direct Line: a photo read outside the turn', () => {
  let photo: Buffer;
  beforeAll(async () => {
    const renderer = new FixtureRenderer();
    photo = await renderer.render(NOTICE_PAGES[0]!, 'png');
    await renderer.close();
  }, 120_000);

  it('answers the upload at once; a message sent during the read waits and is answered after it, in order', async () => {
    client = await started();
    const uploaded = await client.upload(MESSAGE, [{ type: 'image/png', bytes: photo, name: 'notice.png' }]);
    expect(uploaded.status).toBe(200);
    // Reading a picture takes seconds; the person writes before it is done.
    const asked = await client.say('is it working?');
    const activities = await pollUntil(client, (texts) => texts.length >= 4);
    expect(botTexts(activities)).toEqual([
      'Reading your notice…',
      "I'm still reading your notice. I'll answer this message as soon as I'm done.",
      expect.stringMatching(/^I read a CP14 dated November 16, 2026/),
      expect.stringMatching(/answer \*yes\* or \*no\*/),
    ]);
    // The held message's answer comes after what was read, and nothing but the echo names the message.
    expect(activities.filter((a) => a.id === asked)).toHaveLength(1);
  }, 90_000);
});
