import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type Account = Awaited<ReturnType<typeof loadDemo>>[number];

describe.each(browserEngines())('the nation and region dashboards in the browser on %s', (engine) => {
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

  const password = () => accounts.find((a) => a.username === 'cdd.admin')?.password ?? '';

  it('walks the department from the nation to a region, a province, a district agreement or KPI page, and prints on A4 (1366 px)', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, 'cdd.admin', password());
    await page.getByTestId('home-nation-link').click();
    await expect.poll(() => page.locator('[data-testid="nation-regions-chart"] canvas').count()).toBe(1);
    expect(await page.getByTestId('nation-region-card').count()).toBe(5);
    // Provinces without a DG agreement in the round are listed apart, not ranked.
    const unranked = await page.getByTestId('nation-unranked-province').count();
    const ranked = await page.evaluate(() =>
      fetch('/api/dashboards/nation').then((r) => r.json() as Promise<{ provinces: { code: string }[] }>),
    );
    expect(unranked + ranked.provinces.length).toBe(77);
    await page.getByTestId('nation-grouping').getByText('ภูมิภาค').click();
    await expect.poll(() => page.getByTestId('nation-region-card').count()).toBe(6);

    await page.getByTestId('nation-regions-chart-links').getByText('ภาคใต้').click();
    await expect.poll(() => page.getByTestId('region-page').count()).toBe(1);
    expect(await page.getByTestId('nation-crumbs').innerText()).toMatch(/ประเทศ\s*›\s*ภาคใต้/);
    await page.getByTestId('dash-provinces-view').getByText('ตาราง').click();
    await page.getByTestId('nation-province-link').getByText('ยะลา').click();

    // The province's own districts dashboard of the same round, under ประเทศ › ภาคใต้ › ยะลา.
    await expect.poll(() => page.locator('[data-testid="dash-ranking-chart"] canvas').count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('nation-crumbs').innerText())
      .toMatch(/ประเทศ\s*›\s*ภาคใต้\s*›\s*ยะลา/);
    expect(new URL(page.url()).searchParams.get('kpiSet')).not.toBeNull();
    await page.getByTestId('dash-levels-row').first().locator('a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/(agreements\/\d+|dashboards\/kpi)$/);

    await page.goto('/print/dashboards/region?region=CODI-S');
    await expect.poll(() => page.getByTestId('nation-print-provinces').count()).toBe(1);
    await page.goto('/print/dashboards/nation?grouping=codi');
    await expect.poll(() => page.getByTestId('nation-print-regions').count()).toBe(1);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('keeps the nation view readable on a 390 px phone', async () => {
    const page = await newPage(e, 390);
    await logIn(page, 'cdd.admin', password());
    await page.goto('/dashboards');
    await expect.poll(() => page.locator('[data-testid="nation-regions-chart"] canvas').count()).toBe(1);
    expect(await page.getByTestId('nation-region-card').count()).toBe(5);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
