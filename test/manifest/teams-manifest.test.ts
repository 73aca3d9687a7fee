import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_MANIFEST_VERSION, TEMPLATE_PATH, validateTeamsManifest } from '../../scripts/package-teams.ts';
import {
  buildTeamsManifest,
  deriveTeamsAppId,
  findPlaceholders,
  parseTeamsManifestSettings,
  placeholderValues,
} from '../../scripts/teams-manifest.ts';
import type { TeamsManifest, TeamsManifestSettings } from '../../scripts/teams-manifest.ts';

const BOT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
// Computed independently with Python: uuid.uuid5(UUID('ef2c8387-ae87-482c-864b-e2db7552361a'), BOT_ID).
const DERIVED_APP_ID = '43ad48d6-a3d9-517e-8148-1518660b5b95';
const ENV = { MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'bot.example.org' };
const TEMPLATE: unknown = JSON.parse(readFileSync(TEMPLATE_PATH, 'utf8'));

function settingsFrom(env: Record<string, string | undefined>): TeamsManifestSettings {
  const result = parseTeamsManifestSettings(env, '1.2.3');
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.settings;
}

function manifestFrom(env: Record<string, string | undefined> = ENV): TeamsManifest {
  const result = buildTeamsManifest(TEMPLATE, settingsFrom(env));
  if (!result.ok) throw new Error(result.code);
  return result.manifest;
}

type Bot = {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  commandLists: { scopes: string[]; commands: { title: string }[] }[];
};
const botOf = (manifest: TeamsManifest) => (manifest.bots as Bot[])[0];

describe('parseTeamsManifestSettings', () => {
  it('fills defaults from MicrosoftAppId and BOT_DOMAIN alone', () => {
    expect(settingsFrom(ENV)).toEqual({
      botId: BOT_ID,
      teamsAppId: DERIVED_APP_ID,
      botDomain: 'bot.example.org',
      developerName: 'Notice Navigator',
      websiteUrl: 'https://bot.example.org/',
      privacyUrl: 'https://bot.example.org/privacy',
      termsUrl: 'https://bot.example.org/terms',
      version: '1.2.3',
    });
  });

  it('takes the optional settings when given', () => {
    const settings = settingsFrom({
      MicrosoftAppId: ` ${BOT_ID.toUpperCase()} `,
      BOT_DOMAIN: 'Notices.Example-Firm.com',
      TEAMS_APP_ID: 'A1B2C3D4-0000-4000-8000-000000000001',
      FIRM_NAME: 'Example Tax Partners',
      PRIVACY_URL: 'https://example-firm.com/privacy-policy',
      TERMS_URL: 'https://example-firm.com/terms',
    });
    expect(settings).toMatchObject({
      botId: BOT_ID,
      teamsAppId: 'a1b2c3d4-0000-4000-8000-000000000001',
      botDomain: 'notices.example-firm.com',
      developerName: 'Example Tax Partners',
      privacyUrl: 'https://example-firm.com/privacy-policy',
      termsUrl: 'https://example-firm.com/terms',
    });
  });

  it('treats empty optional variables as unset', () => {
    expect(settingsFrom({ ...ENV, TEAMS_APP_ID: '', FIRM_NAME: ' ', PRIVACY_URL: '' })).toEqual(
      settingsFrom(ENV),
    );
  });

  it.each([
    { env: { BOT_DOMAIN: 'bot.example.org' }, error: /^MicrosoftAppId: is required/ },
    { env: { ...ENV, MicrosoftAppId: '  ' }, error: /^MicrosoftAppId: is required/ },
    { env: { ...ENV, MicrosoftAppId: 'my-bot' }, error: /^MicrosoftAppId: must be a GUID/ },
    { env: { ...ENV, MicrosoftAppId: `${BOT_ID}0` }, error: /^MicrosoftAppId: must be a GUID/ },
    { env: { MicrosoftAppId: BOT_ID }, error: /^BOT_DOMAIN: is required/ },
    {
      env: { ...ENV, BOT_DOMAIN: 'https://bot.example.org' },
      error: /^BOT_DOMAIN: must be the public host name/,
    },
    {
      env: { ...ENV, BOT_DOMAIN: 'bot.example.org/api' },
      error: /^BOT_DOMAIN: must be the public host name/,
    },
    {
      env: { ...ENV, BOT_DOMAIN: 'bot.example.org:3978' },
      error: /^BOT_DOMAIN: must be the public host name/,
    },
    { env: { ...ENV, BOT_DOMAIN: 'localhost' }, error: /^BOT_DOMAIN: must be the public host name/ },
    { env: { ...ENV, TEAMS_APP_ID: 'teams-app' }, error: /^TEAMS_APP_ID: must be a GUID/ },
    { env: { ...ENV, FIRM_NAME: 'A'.repeat(33) }, error: /^FIRM_NAME: must be at most 32 characters/ },
    {
      env: { ...ENV, PRIVACY_URL: 'http://example.org/privacy' },
      error: /^PRIVACY_URL: must be an https:\/\/ URL/,
    },
    { env: { ...ENV, TERMS_URL: 'terms' }, error: /^TERMS_URL: must be an https:\/\/ URL/ },
  ])('rejects $env with an error naming the variable', ({ env, error }) => {
    const result = parseTeamsManifestSettings(env, '1.0.0');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.stringMatching(error));
  });

  it('reports every bad variable at once', () => {
    const result = parseTeamsManifestSettings({}, '1.0.0');
    expect(result.ok ? [] : result.errors.map((error) => error.split(':')[0])).toEqual([
      'MicrosoftAppId',
      'BOT_DOMAIN',
    ]);
  });

  it('rejects an app version Teams cannot compare', () => {
    const result = parseTeamsManifestSettings(ENV, '1.0.0-beta.1');
    expect(result.ok ? [] : result.errors).toEqual(['version: must be MAJOR.MINOR.PATCH']);
  });
});

describe('deriveTeamsAppId', () => {
  it('is the RFC 9562 version 5 UUID of the bot id', () => {
    expect(deriveTeamsAppId(BOT_ID)).toBe(DERIVED_APP_ID);
  });

  it('is stable across calls and letter case, and differs per bot and from the bot id', () => {
    const other = '11111111-2222-4333-8444-555555555555';
    expect(deriveTeamsAppId(BOT_ID.toUpperCase())).toBe(DERIVED_APP_ID);
    expect(deriveTeamsAppId(other)).not.toBe(DERIVED_APP_ID);
    expect(deriveTeamsAppId(other)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(DERIVED_APP_ID).not.toBe(BOT_ID);
  });
});

describe('buildTeamsManifest', () => {
  it('fills every placeholder of the template from the settings', () => {
    const manifest = manifestFrom();
    expect(findPlaceholders(manifest)).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest).toMatchObject({
      version: '1.2.3',
      id: DERIVED_APP_ID,
      developer: {
        name: 'Notice Navigator',
        websiteUrl: 'https://bot.example.org/',
        privacyUrl: 'https://bot.example.org/privacy',
        termsOfUseUrl: 'https://bot.example.org/terms',
      },
      validDomains: ['bot.example.org'],
    });
  });

  it('uses only placeholders the settings provide, and all of them that matter', () => {
    const used = new Set(findPlaceholders(TEMPLATE));
    const known = Object.keys(placeholderValues(settingsFrom(ENV)));
    expect([...used].filter((name) => !known.includes(name))).toEqual([]);
    expect(used).toEqual(new Set(known));
  });

  it('declares a bot that takes files (a photo or PDF of the notice), whose id is MicrosoftAppId, that a team or group chat can add for alerts', () => {
    expect(botOf(manifestFrom())).toMatchObject({
      botId: BOT_ID,
      scopes: ['personal', 'team', 'groupChat'],
      supportsFiles: true,
    });
  });

  it('offers its commands in personal chats only: a channel or group chat gets alerts, not the conversation', () => {
    expect(botOf(manifestFrom())?.commandLists.map((list) => list.scopes)).toEqual([['personal']]);
  });

  it('lists the commands the conversation understands', () => {
    const titles = botOf(manifestFrom())?.commandLists.flatMap((list) => list.commands.map((c) => c.title));
    expect(titles).toEqual(['help', 'restart', 'talk to a person']);
  });

  it('describes the product honestly: general information, not legal advice', () => {
    const { description } = manifestFrom() as { description: { short: string; full: string } };
    expect(description.short).toMatch(/not legal advice/i);
    expect(description.full).toMatch(/not legal or tax advice/i);
    expect(description.full).toMatch(/not a lawyer or a tax professional/i);
  });

  it('does not change the template', () => {
    const before = JSON.stringify(TEMPLATE);
    manifestFrom();
    expect(JSON.stringify(TEMPLATE)).toBe(before);
  });

  it('refuses a template with a placeholder it cannot fill, or one that is not an object', () => {
    const settings = settingsFrom(ENV);
    expect(buildTeamsManifest({ id: '${{ NOT_A_SETTING }}' }, settings)).toEqual({
      ok: false,
      code: 'unknown_placeholder',
      placeholder: 'NOT_A_SETTING',
    });
    expect(buildTeamsManifest(['${{BOT_DOMAIN}}'], settings)).toEqual({
      ok: false,
      code: 'template_not_object',
    });
  });
});

describe('the built manifest against the official Teams schema', () => {
  it(`is on manifest version ${MIN_MANIFEST_VERSION} or later, and its $schema names that version`, () => {
    const manifest = manifestFrom() as { manifestVersion: string; $schema: string };
    const [major = 0, minor = 0] = manifest.manifestVersion.split('.').map(Number);
    const [minMajor = 0, minMinor = 0] = MIN_MANIFEST_VERSION.split('.').map(Number);
    expect(major * 1000 + minor).toBeGreaterThanOrEqual(minMajor * 1000 + minMinor);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it.each([
    { name: 'with defaults', env: ENV },
    { name: 'with a firm name', env: { ...ENV, FIRM_NAME: 'A'.repeat(32) } },
  ])('validates $name', ({ env }) => {
    expect(validateTeamsManifest(manifestFrom(env))).toEqual({ ok: true });
  });

  const broken: {
    name: string;
    change: (m: Record<string, unknown>) => Record<string, unknown>;
    path: string;
  }[] = [
    { name: 'no accent colour', change: ({ accentColor: _, ...rest }) => rest, path: '/' },
    {
      name: 'an accent colour that is not #RRGGBB',
      change: (m) => ({ ...m, accentColor: 'navy' }),
      path: '/accentColor',
    },
    { name: 'an app id that is not a GUID', change: (m) => ({ ...m, id: 'notice-navigator' }), path: '/id' },
    {
      name: 'a short name over 30 characters',
      change: (m) => ({ ...m, name: { short: 'Notice Navigator for IRS letters' } }),
      path: '/name/short',
    },
    {
      name: 'a bot scope that does not exist',
      change: (m) => ({ ...m, bots: [{ ...botOf(m), scopes: ['everywhere'] }] }),
      path: '/bots/0/scopes/0',
    },
    { name: 'a property the schema does not know', change: (m) => ({ ...m, chatbot: true }), path: '/' },
  ];

  it.each(broken)('rejects a manifest with $name', ({ change, path }) => {
    const result = validateTeamsManifest(change(manifestFrom()));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.stringMatching(new RegExp(`^${path} `)));
  });

  it('rejects a manifest version it has no offline schema for', () => {
    expect(validateTeamsManifest({ ...manifestFrom(), manifestVersion: '9.99' })).toEqual({
      ok: false,
      errors: ['manifestVersion: no offline schema for 9.99'],
    });
  });
});
