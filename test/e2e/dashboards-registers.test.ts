import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type Account = Awaited<ReturnType<typeof loadDemo>>[number];

describe.each(browserEngines())('the budget curve and household progress in the browser on %s', (engine) => {
  let e: E2e;
  let accounts: Account[];

  beforeAll(async () => {
    e = await startE2e(engine);
    accounts = await loadDemo(e.handle.db);
    await loadDemoKpiSets(e.handle.db, new Date('2026-11-20T05:00:00Z'));
  });
  afterAll(async () => {
    await e?.close();
  });

  async function signIn(username: string, width: number): Promise<Page> {
    const page = await newPage(e, width);
    await logIn(page, username, accounts.find((a) => a.username === username)?.password ?? '');
    return page;
  }

  const download = async (page: Page, testId: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return file.suggestedFilename();
  };

  it('shows the nation its curve against the demo plan, the provinces, household progress, their tables, files and the A4 printout, at 1366 px', async () => {
    const page = await signIn('cdd.admin', 1366);
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(m.text());
    });
    await page.goto('/dashboards/registers?fiscalYear=2565&surveyYear=2568');
    await expect.poll(() => page.locator('[data-testid="dreg-budget-chart"] canvas').count()).toBe(1);
    expect(await page.getByTestId('dreg-budget-plan-demo').count()).toBe(1);
    await page.getByTestId('dreg-budget-view').getByText('ตาราง').click();
    await expect.poll(() => page.getByTestId('dreg-budget-row').count()).toBe(12);
    // Chachoengsao's seed-003 table: 89.30 % at the end of August 2565, in the nation's months and its province row.
    const august = await page.getByTestId('dreg-budget-row').nth(10).locator('td').allTextContents();
    expect(august[0]).toBe('สิงหาคม 2565');
    expect(await page.getByTestId('dreg-budget-areas').textContent()).toContain('89.30');
    expect(await download(page, 'dreg-budget-months-xlsx')).toBe('tidtam-budget-CDD-2565-months.xlsx');
    expect(await download(page, 'dreg-budget-areas-csv')).toBe('tidtam-budget-CDD-2565-provinces.csv');

    await expect.poll(() => page.locator('[data-testid="dreg-households-chart"] canvas').count()).toBe(1);
    await page.getByTestId('dreg-households-view').getByText('ตาราง').click();
    await expect.poll(() => page.getByTestId('dreg-households-row').count()).toBe(12);
    expect(await page.getByTestId('dreg-households-areas').textContent()).toContain('ยะลา');
    expect(await download(page, 'dreg-households-areas-csv')).toBe('tidtam-households-CDD-2568-areas.csv');
    expect(refusals).toEqual([]);

    await page.getByTestId('dreg-print').click();
    await expect.poll(() => page.getByTestId('dreg-print-sheet').count()).toBe(1);
    expect(await page.locator('[data-testid="dreg-print-budget"] tbody tr').count()).toBe(12);
    expect(await page.locator('[data-testid="dreg-print-households"] tbody tr').count()).toBeGreaterThan(1);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

    // The department's plan, set on the budget register page, becomes the curve's plan line.
    await page.goto('/registers/budget?unit=24&fiscalYear=2565');
    await page.getByTestId('plan-national-q1').fill('๓๐');
    await page.getByTestId('plan-national-q2').fill('20');
    await page.getByTestId('plan-national-save').click();
    await expect
      .poll(() => page.getByText('ไตรมาส 2: เป้าสะสม 20.00 ต้องไม่น้อยกว่าไตรมาส 1 (30.00)').count())
      .toBe(1);
    await page.getByTestId('plan-national-q2').fill('55');
    await page.getByTestId('plan-national-save').click();
    await expect.poll(() => page.getByTestId('plan-national-saved').count()).toBe(1);
    await page.goto('/dashboards/registers?fiscalYear=2565');
    await expect
      .poll(() => page.getByTestId('dreg-budget-plan').textContent())
      .toContain('30.00 / 55.00 / 75.00 / 100.00');
    expect(await page.getByTestId('dreg-budget-plan-demo').count()).toBe(0);
    await page.context().close();
  });

  it('shows a province what to do without budget entries and its districts’ households on a phone, at 390 px', async () => {
    const page = await signIn('yala.admin', 390);
    await page.goto('/dashboards/registers?surveyYear=2568');
    await expect.poll(() => page.getByTestId('dreg-budget-empty').count()).toBe(1);
    expect(await page.getByTestId('dreg-budget-empty').getByRole('link').getAttribute('href')).toContain(
      '/registers/budget?unit=95',
    );
    await expect.poll(() => page.locator('[data-testid="dreg-households-chart"] canvas').count()).toBe(1);
    await page.getByTestId('dreg-households-view').getByText('ตาราง').click();
    await expect.poll(() => page.getByTestId('dreg-households-areas').count()).toBe(1);
    expect(await page.getByTestId('dreg-households-areas').textContent()).toContain('เมืองยะลา');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});
