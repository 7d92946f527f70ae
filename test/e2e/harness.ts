import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Config } from '../../src/config.ts';
import type { Engine } from '../../src/db/database.ts';
import { startTestApp, type TestApp } from '../helpers.ts';

export const CHROMIUM = process.env.TIDTAM_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Browser tests run on PGlite, the engine `npm start` serves: what they check is the screen, and every API route the
 * screens call is run on PGlite and PostgreSQL by the medium tests (the crash and two-instances tests drive Chromium
 * against servers on PostgreSQL too). Running each screen twice doubled the browser tests' time for no screen the
 * second engine could break alone.
 */
export const browserEngines = (): Engine[] => ['pglite'];

export type E2e = TestApp & { baseUrl: string; browser: Browser; close: () => Promise<void> };

/** The real server on a free port over a fresh database, and a headless Debian Chromium; `overrides` as startTestApp's. */
export async function startE2e(engine: Engine, overrides: Partial<Config> = {}): Promise<E2e> {
  const t = await startTestApp(engine, overrides);
  t.worker.start(200);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    ...t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

export async function newPage(e: E2e, width = 1280): Promise<Page> {
  const context = await e.browser.newContext({
    baseURL: e.baseUrl,
    viewport: { width, height: 900 },
    locale: 'th-TH',
  });
  return context.newPage();
}

export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
