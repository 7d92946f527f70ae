import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/modules/demo/service.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type Account = Awaited<ReturnType<typeof loadDemo>>[number];

const FORM = 'แบบติดตามการขับเคลื่อนตำบลเข้มแข็งตามหลักปรัชญาของเศรษฐกิจพอเพียง';

const OFFLINE_LIST = 'ติดต่อเซิร์ฟเวอร์ไม่ได้';

const saveStatus = (page: Page) => page.getByTestId('follow-up-save-status').getAttribute('data-status');
const input = (page: Page, key: string) => page.getByTestId(`form-input-${key}`);

/** A new strong sub-district follow-up of อำเภอวารินชำราบ, started the way a user starts one; answers its clientId. */
async function startForm(page: Page): Promise<string> {
  await page.goto('/follow-ups/new?unit=3415&date=2023-07-12');
  await page.getByTestId('follow-up-template').click();
  await page.getByRole('option', { name: FORM }).click();
  await page.getByTestId('follow-up-start').click();
  await page.waitForURL(/\/follow-ups\/fill\//);
  return new URL(page.url()).pathname.split('/').pop() ?? '';
}

/**
 * The service worker controls the page once it has installed, which first keeps every asset of the built shell: on a
 * 2-core CI machine running other test files beside this one that can take longer than a poll's usual 15 s.
 */
const workerInControl = (page: Page) =>
  expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (navigator.serviceWorker.controller) return 'in control';
          const r = await navigator.serviceWorker.getRegistration();
          // Where it stands otherwise, so a failure says it: not registered, installing, waiting or active.
          if (!r) return 'not registered';
          return r.installing
            ? 'installing'
            : r.waiting
              ? 'waiting'
              : r.active
                ? `active (${r.active.state})`
                : 'none';
        }),
      { timeout: 60_000 },
    )
    .toBe('in control');

describe.each(browserEngines())('follow-up forms filled offline in the browser on %s', (engine) => {
  let e: E2e;
  let accounts: Account[];

  beforeAll(async () => {
    e = await startE2e(engine);
    accounts = await loadDemo(e.handle.db);
  });
  afterAll(async () => {
    await e?.close();
  });

  async function signedIn(width: number): Promise<{ page: Page; context: BrowserContext }> {
    const page = await newPage(e, width);
    const password = accounts.find((a) => a.username === 'ubon.admin')?.password ?? '';
    await logIn(page, 'ubon.admin', password);
    return { page, context: page.context() };
  }

  const rowsOf = (clientId: string) =>
    e.handle.db
      .selectFrom('follow_ups')
      .select(['values', 'revision'])
      .where('client_id', '=', clientId)
      .execute();

  /** The answers stored for the only follow-up of a clientId. */
  const answersOf = async (clientId: string) =>
    ((await rowsOf(clientId))[0]?.values ?? {}) as Record<string, unknown>;

  it('keeps a form filled on a phone without network, reopens it offline and sends it once when back online', async () => {
    const { page, context } = await signedIn(390);
    const clientId = await startForm(page);
    await input(page, 'plan').fill('ประชุมคณะทำงานตำบลทุกเดือน');
    await input(page, 'd1').fill('80');
    await expect.poll(() => saveStatus(page)).toBe('saved');
    // The service worker has taken over the page: it will serve the app shell offline.
    await workerInControl(page);

    await context.setOffline(true);
    await input(page, 'd2').fill('85');
    await expect.poll(() => saveStatus(page)).toBe('local-only');
    expect(await page.getByTestId('follow-up-save-status').textContent()).toMatch(/[ก-๙]/);
    // Reloaded at once after a keystroke: the edit survives even if the page left before IndexedDB had it.
    await input(page, 'results').fill('ตำบลผ่านเกณฑ์ ๓ ตำบล');
    await page.reload();
    await expect.poll(() => input(page, 'd2').inputValue()).toBe('85');
    expect(await input(page, 'results').inputValue()).toBe('ตำบลผ่านเกณฑ์ ๓ ตำบล');
    expect(await saveStatus(page)).toBe('local-only');
    await input(page, 'd3').fill('90');
    await expect.poll(() => saveStatus(page)).toBe('local-only');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await context.setOffline(false);
    await expect.poll(() => saveStatus(page)).toBe('saved');
    const rows = await rowsOf(clientId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values).toMatchObject({
      plan: 'ประชุมคณะทำงานตำบลทุกเดือน',
      results: 'ตำบลผ่านเกณฑ์ ๓ ตำบล',
    });
    const values = await answersOf(clientId);
    expect([values.d1, values.d2, values.d3].map(Number)).toEqual([80, 85, 90]);

    // Nothing is left waiting: the list's notice of unsent drafts is empty.
    await page.goto('/follow-ups');
    await page.getByTestId('nav-burger').waitFor();
    expect(await page.getByTestId('pending-drafts').count()).toBe(0);
  });

  it('typing at once into a form just started is never refused as changed elsewhere, and every value reaches the server', async () => {
    const { page } = await signedIn(390);
    // Every other round on a slow network: each save is still on its way while the next keys are typed.
    let slow = false;
    await page.route('**/api/follow-ups/drafts/*', async (route) => {
      if (slow) await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    for (let round = 1; round <= 8; round += 1) {
      slow = round % 2 === 0;
      const clientId = await startForm(page);
      await input(page, 'plan').pressSequentially(`แผนรอบ ${round}`);
      await input(page, 'd1').fill(String(60 + round));
      await input(page, 'results').pressSequentially('ผ่าน');
      await input(page, 'd2').fill(String(70 + round));
      await input(page, 'd3').fill(String(80 + round));
      await input(page, 'plan').fill(`แผนรอบที่ ${round}`);
      await expect.poll(() => saveStatus(page)).toMatch(/^(saved|conflict)$/);
      expect(await saveStatus(page)).toBe('saved');
      const rows = await rowsOf(clientId);
      expect(rows).toHaveLength(1);
      const values = rows[0]?.values as Record<string, unknown>;
      expect(values).toMatchObject({ plan: `แผนรอบที่ ${round}`, results: 'ผ่าน' });
      expect([values.d1, values.d2, values.d3].map(Number)).toEqual([60 + round, 70 + round, 80 + round]);
    }
  });

  it('a new form whose first save never reached the server reopens offline after a reload and is sent once', async () => {
    const { page, context } = await signedIn(390);
    await page.goto('/follow-ups');
    await workerInControl(page);
    // The network goes as the form starts: its first save never arrives.
    await page.route('**/api/follow-ups/drafts/*', (route) => route.abort('internetdisconnected'));
    const clientId = await startForm(page);
    await context.setOffline(true);
    await page.unroute('**/api/follow-ups/drafts/*');
    await input(page, 'plan').fill('ลงพื้นที่ก่อนมีสัญญาณ');
    await input(page, 'd1').fill('77');
    await expect.poll(() => saveStatus(page)).toBe('local-only');
    expect(await rowsOf(clientId)).toHaveLength(0);

    await page.reload();
    await expect.poll(() => input(page, 'd1').inputValue()).toBe('77');
    expect(await input(page, 'plan').inputValue()).toBe('ลงพื้นที่ก่อนมีสัญญาณ');
    expect(await page.getByRole('heading', { name: FORM }).count()).toBe(1);
    expect(await page.getByTestId('follow-up-unit').textContent()).toContain('วารินชำราบ');
    await input(page, 'd2').fill('88');
    await expect.poll(() => saveStatus(page)).toBe('local-only');

    await context.setOffline(false);
    await expect.poll(() => saveStatus(page)).toBe('saved');
    const rows = await rowsOf(clientId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values).toMatchObject({ plan: 'ลงพื้นที่ก่อนมีสัญญาณ' });
    const values = await answersOf(clientId);
    expect([values.d1, values.d2].map(Number)).toEqual([77, 88]);
  });

  it('lists a draft kept offline as unsent, sends it when the network is back and lists it without a reload', async () => {
    const { page, context } = await signedIn(1366);
    const clientId = await startForm(page);
    await expect.poll(() => saveStatus(page)).toBe('saved');
    await context.setOffline(true);
    await input(page, 'd1').fill('72');
    await expect.poll(() => saveStatus(page)).toBe('local-only');
    await page.goto('/follow-ups');
    await expect.poll(() => page.getByTestId('pending-draft').count()).toBe(1);
    expect(await page.getByTestId('pending-drafts').textContent()).toContain(FORM);
    await expect.poll(() => page.getByText(OFFLINE_LIST).count()).toBe(1);

    // Back online without a reload: the list is asked again and shows the form just sent.
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('pending-drafts').count()).toBe(0);
    await expect.poll(() => page.locator(`a[href="/follow-ups/fill/${clientId}"]`).count()).toBe(1);
    expect(await page.getByText(OFFLINE_LIST).count()).toBe(0);
    const rows = await rowsOf(clientId);
    expect(rows).toHaveLength(1);
    expect(Number((await answersOf(clientId)).d1)).toBe(72);
  });

  it('a session that ended while the draft waited offline keeps the draft, which is sent after signing in again', async () => {
    const { page, context } = await signedIn(390);
    const clientId = await startForm(page);
    await expect.poll(() => saveStatus(page)).toBe('saved');
    await context.setOffline(true);
    await input(page, 'd1').fill('66');
    await expect.poll(() => saveStatus(page)).toBe('local-only');
    await context.clearCookies();
    await context.setOffline(false);
    await page.waitForURL(/\/login/);
    expect((await answersOf(clientId)).d1).toBeNull();

    const password = accounts.find((a) => a.username === 'ubon.admin')?.password ?? '';
    await logIn(page, 'ubon.admin', password);
    await page.goto('/follow-ups');
    await expect.poll(async () => Number((await answersOf(clientId)).d1)).toBe(66);
    await expect.poll(() => page.getByTestId('pending-drafts').count()).toBe(0);
    expect(await rowsOf(clientId)).toHaveLength(1);
  });

  it('two tabs on the same form: the later save is a conflict that keeps its edit, the first one is saved', async () => {
    const { page: first, context } = await signedIn(1366);
    const clientId = await startForm(first);
    await expect.poll(() => saveStatus(first)).toBe('saved');
    const second = await context.newPage();
    await second.goto(`/follow-ups/fill/${clientId}`);
    await expect.poll(() => saveStatus(second)).toBe('saved');

    await input(first, 'd1').fill('70');
    await expect.poll(async () => Number((await answersOf(clientId)).d1)).toBe(70);
    await expect.poll(() => saveStatus(first)).toBe('saved');
    await input(second, 'd2').fill('60');
    await expect.poll(() => saveStatus(second)).toBe('conflict');
    expect(await second.getByTestId('follow-up-save-status').textContent()).toMatch(/[ก-๙]/);
    // Nothing lost: the first tab's answer is in the system, the second's is still on its screen.
    expect(await input(second, 'd2').inputValue()).toBe('60');
    const rows = await rowsOf(clientId);
    expect(rows).toHaveLength(1);
    expect(Number((await answersOf(clientId)).d1)).toBe(70);

    await second.getByTestId('follow-up-reload').click();
    await expect.poll(() => saveStatus(second)).toBe('saved');
    await expect.poll(() => input(second, 'd1').inputValue()).toBe('70');
  });
});
