import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { plainBookingUrl, webChatSettingsFrom } from '../../../src/channels/webchat/webchat-settings.ts';

function settings(env: Record<string, string>) {
  const loaded = loadConfig({ NODE_ENV: 'test', ...env });
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  return webChatSettingsFrom(loaded.config);
}

describe('webChatSettingsFrom', () => {
  it('runs the local Direct Line by default, in the default colour, with no embed origins', () => {
    expect(settings({})).toMatchObject({
      brandColor: '#1f3a68',
      embedOrigins: [],
      directLine: { kind: 'local' },
      publicBaseUrl: 'http://localhost:3978',
    });
  });

  it("uses Azure's Direct Line when a secret is set, at the default or a regional endpoint", () => {
    expect(settings({ DIRECT_LINE_SECRET: 's3cret' }).directLine).toEqual({
      kind: 'azure',
      secret: 's3cret',
      endpoint: 'https://directline.botframework.com',
    });
    expect(
      settings({
        DIRECT_LINE_SECRET: 's',
        DIRECT_LINE_ENDPOINT: 'https://europe.directline.botframework.com/',
      }).directLine,
    ).toMatchObject({ endpoint: 'https://europe.directline.botframework.com' });
  });

  it('reads the embed origins separated by spaces or commas', () => {
    expect(
      settings({ WEBCHAT_EMBED_ORIGINS: 'https://a.example, https://b.example  http://localhost:8080' })
        .embedOrigins,
    ).toEqual(['https://a.example', 'https://b.example', 'http://localhost:8080']);
  });

  it.each([
    ['BRAND_COLOR', 'blue'],
    ['BRAND_COLOR', '#12345'],
    ['WEBCHAT_EMBED_ORIGINS', 'https://a.example/path'],
    ['WEBCHAT_EMBED_ORIGINS', 'javascript:alert(1)'],
    ['WEBCHAT_TOKEN_KEY', 'too-short'],
    ['DIRECT_LINE_ENDPOINT', 'ftp://directline.example'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    const loaded = loadConfig({ NODE_ENV: 'test', [name]: value });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.some((e) => e.startsWith(`${name}`))).toBe(true);
  });
});

describe('plainBookingUrl', () => {
  it.each([
    [undefined, undefined],
    ['https://book.example/firm', 'https://book.example/firm'],
    ['https://book.example/firm?name={name}&email={email}', 'https://book.example/firm'],
    ['https://book.example/firm?name={name}&ref=chat', 'https://book.example/firm?ref=chat'],
  ])('%s → %s', (template, url) => {
    expect(plainBookingUrl(template)).toBe(url);
  });
});
