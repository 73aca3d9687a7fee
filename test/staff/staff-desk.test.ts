import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Provider from 'oidc-provider';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeApp, type Composed } from '../../src/bot/compose.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { logLinesInto } from '../support/test-app.ts';
import { createLogger } from '../../src/logger.ts';
import { referenceOf } from '../../src/intake/intake-store.ts';
import { SqliteIntakeStore } from '../../src/intake/sqlite-intake-store.ts';
import { sampleRecord, startReceiver, START, WEBHOOK_SECRET } from '../intake/intake-fixtures.ts';
import { hasService } from '../support/services.ts';
import { launchChromium } from '../support/chat-browser.ts';

/*
 * The coordinator's desk end to end: the whole app composed from its configuration, a real OpenID
 * provider (oidc-provider, its development login form) on another site, and Chromium going through
 * the sign-in with PKCE, the inbox, a case found by reference, marked contacted with a note, and a
 * dead delivery sent again until the firm's receiver has it.
 */

const RESULTS_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'staff');
const CLIENT_ID = 'notice-navigator-desk';
const CLIENT_SECRET = 'desk-client-secret-0123456789abcdef0123456789';
const COORDINATOR = { login: 'ana', name: 'Ana Coordinator', email: 'ana@firm.example' };

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

type Line = Record<string, unknown>;

describe.skipIf(!(await hasService('chromium')))('the firm’s desk in a real browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'staff-desk-'));
  const lines: Line[] = [];
  let idp: Server;
  let app: Composed;
  let appUrl: string;
  let browser: Browser;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let answer = 500;
  /** The desk's sign-in settings, against the provider started below. */
  let staffEnv: Record<string, string> = {};
  const configFor = (env: Record<string, string>): Config => {
    const loaded = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      STATE_SQLITE_PATH: ':memory:',
      INTAKE_SQLITE_PATH: ':memory:',
      ...staffEnv,
      ...env,
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('; '));
    return loaded.config;
  };
  const dead = sampleRecord(new Date(START.getTime() - 60_000));
  const found = sampleRecord(START, {
    contact: { name: 'Lee Park', email: 'lee@example.org', mobile: '+1 202 555 0199' },
  });

  beforeAll(async () => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    const appPort = await freePort();
    // Another site than the app's (127.0.0.1 against localhost), as the firm's Entra ID is.
    appUrl = `http://localhost:${appPort}`;
    idp = createServer();
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${appUrl}/staff/callback`],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      pkce: { required: () => true },
      // As Entra ID does: the profile and email claims in the ID token itself.
      conformIdTokenClaims: false,
      claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
      findAccount: (_ctx: unknown, sub: string) => ({
        accountId: sub,
        claims: () => ({ sub, name: COORDINATOR.name, email: COORDINATOR.email }),
      }),
      cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
    });
    idp.on('request', provider.callback());

    receiver = await startReceiver({ now: () => new Date(), behaviour: () => ({ status: answer }) });
    const intakePath = join(dir, 'intakes.sqlite');
    const seed = new SqliteIntakeStore({ path: intakePath });
    await seed.create(dead);
    await seed.create(found);
    await seed.close();

    staffEnv = {
      STAFF_OIDC_ISSUER: issuer,
      STAFF_OIDC_CLIENT_ID: CLIENT_ID,
      STAFF_OIDC_CLIENT_SECRET: CLIENT_SECRET,
      STAFF_SESSION_SECRET: 'staff-session-secret-0123456789abcdef0123',
    };
    const config = configFor({
      PUBLIC_BASE_URL: appUrl,
      INTAKE_SQLITE_PATH: intakePath,
      INTAKE_WEBHOOK_URL: receiver.url,
      INTAKE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      INTAKE_MAX_ATTEMPTS: '1',
      INTAKE_DISPATCH_INTERVAL_MS: '100',
    });
    app = composeApp(config, createLogger('info', logLinesInto(lines)), () => '2026-03-10');
    await new Promise<void>((resolve) => {
      app.server.listen(appPort, '127.0.0.1', () => {
        resolve();
      });
    });
    app.start();
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await receiver?.close();
    idp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${appUrl}/staff`);
    // The provider's own login and consent pages, on its site.
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    await page.locator('input[name="login"]').fill(COORDINATOR.login);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click(); // consent: "Continue"
    await page.waitForURL(`${appUrl}/staff`);
  }

  it('signs a coordinator in, finds a case by reference, notes it, and re-sends a dead delivery', async () => {
    // The receiver is down: the first intake's only attempt fails and its delivery is dead.
    await expect.poll(() => receiver.requests.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page);
    await expect(page.getByText(`Signed in as ${COORDINATOR.name}`).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(RESULTS_DIR, '1-inbox.png'), fullPage: true });

    const cookies = await context.cookies(appUrl);
    const session = cookies.find((c) => c.name === 'nn_staff');
    // Secure is left off only because this desk is served over http://localhost (configuration refuses
    // plain http anywhere else); the signed-cookie test checks it is set on https.
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    // The session reads the staff API too; a change needs its CSRF token, which another site cannot read.
    const cookie = `nn_staff=${session?.value ?? ''}`;
    expect((await fetch(`${appUrl}/api/intakes/${found.id}`, { headers: { cookie } })).status).toBe(200);
    const apiChange = await fetch(`${appUrl}/api/intakes/${found.id}`, {
      method: 'PATCH',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ handling: 'closed' }),
    });
    expect(apiChange.status).toBe(403);
    const formChange = await fetch(`${appUrl}/staff/intakes/${found.id}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'handling=closed&csrf=guessed',
    });
    expect(formChange.status).toBe(403);
    const redeliverWithoutToken = await fetch(`${appUrl}/staff/intakes/${dead.id}/redeliver`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(redeliverWithoutToken.status).toBe(403);

    // Find the case by the reference the client quotes.
    await page.getByLabel('Name, email, phone or reference').fill(referenceOf(found.id));
    await page.getByRole('button', { name: 'Show' }).click();
    const rows = page.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await page.getByRole('link', { name: referenceOf(found.id) }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      `Intake ${referenceOf(found.id)}`,
    );
    await expect(page.getByText('Lee Park').isVisible()).resolves.toBe(true);

    await page.getByLabel('State').selectOption('contacted');
    await page.getByLabel('Add a note').fill('Called, booked a call for Friday');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText(`Set by ${COORDINATOR.name}`).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Called, booked a call for Friday').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(RESULTS_DIR, '2-contacted.png'), fullPage: true });

    // The dead delivery: seen in the inbox, sent again once the receiver answers, then delivered.
    await page.goto(`${appUrl}/staff?delivery=dead`);
    await page.getByRole('link', { name: referenceOf(dead.id) }).click();
    await expect(page.getByText('Delivery failed').isVisible()).resolves.toBe(true);
    answer = 200;
    await page.getByRole('button', { name: 'Send again' }).click();
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByText('Delivered to your system').isVisible();
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.screenshot({ path: join(RESULTS_DIR, '3-redelivered.png'), fullPage: true });
    expect([...receiver.accepted.values()].map((b) => b.intake.id)).toContain(dead.id);

    // On a phone the table becomes cards, still with every label.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${appUrl}/staff`);
    await page.screenshot({ path: join(RESULTS_DIR, '4-phone.png'), fullPage: true });

    // Zero WCAG 2.2 AA violations by axe-core on both pages.
    const axeSource = readFileSync(
      join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'),
      'utf8',
    );
    for (const path of ['/staff', `/staff/intakes/${found.id}`]) {
      await page.goto(`${appUrl}${path}`);
      // Evaluated by the browser's debugger protocol: the page's CSP (rightly) refuses inline scripts.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }
        ).axe;
        const result = await axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => v.id);
      });
      expect(violations, path).toEqual([]);
    }

    // Signing out ends the session on the server: a copy of its cookie, still signed and unexpired,
    // opens neither the desk nor the API afterwards.
    expect((await fetch(`${appUrl}/staff`, { redirect: 'manual', headers: { cookie } })).status).toBe(200);
    await page.goto(`${appUrl}/staff`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Signed out' }).isVisible()).resolves.toBe(true);
    const after = await fetch(`${appUrl}/staff`, { redirect: 'manual', headers: { cookie } });
    expect(after.status).toBe(302);
    expect(after.headers.get('location')).toBe('/staff/login');
    expect((await fetch(`${appUrl}/api/intakes/${found.id}`, { headers: { cookie } })).status).toBe(401);
    await context.close();

    // No log line carries the person's or the coordinator's details, or the note.
    const logged = JSON.stringify(lines);
    for (const secret of [
      'Lee Park',
      'lee@example.org',
      '2025550199',
      COORDINATOR.email,
      COORDINATOR.name,
      'booked a call',
    ])
      expect(logged).not.toContain(secret);
  }, 120_000);

  it('sets its cookies Secure, HttpOnly and SameSite=Lax when the desk is served over https', async () => {
    const secureApp = composeApp(
      configFor({ PUBLIC_BASE_URL: 'https://desk.firm.example' }),
      createLogger('silent'),
      () => '2026-03-10',
    );
    await new Promise<void>((resolve) => {
      secureApp.server.listen(0, '127.0.0.1', () => {
        resolve();
      });
    });
    try {
      const login = await fetch(`http://127.0.0.1:${secureApp.server.address().port}/staff/login`, {
        redirect: 'manual',
      });
      expect(login.status).toBe(302);
      const cookies = login.headers.getSetCookie();
      expect(cookies).toEqual([
        expect.stringMatching(/^nn_staff_login=[^;]+;.*; HttpOnly; Secure; SameSite=Lax$/),
      ]);
    } finally {
      await secureApp.close();
    }
  });

  it('refuses the desk and its API without a session, and a change without the CSRF token', async () => {
    const page = await fetch(`${appUrl}/staff`, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/staff/login');
    expect((await fetch(`${appUrl}/api/intakes`)).status).toBe(401);
    const forged = await fetch(`${appUrl}/staff/intakes/${found.id}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'nn_staff=forged.value' },
      body: 'handling=closed',
    });
    expect(forged.status).toBe(302);
    const callback = await fetch(`${appUrl}/staff/callback?code=stolen&state=guess`, { redirect: 'manual' });
    expect(callback.status).toBe(400);
  });
});
