import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type Account = Awaited<ReturnType<typeof loadDemo>>[number];
type Api = { units: { code: string; score: string | null; reported: number; rank: number | null }[] };

describe.each(browserEngines())('the districts dashboard in the browser on %s', (engine) => {
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

  const api = (page: Page, query: string): Promise<Api> =>
    page.evaluate((q) => fetch(`/api/dashboards/districts?${q}`).then((r) => r.json()), query);

  for (const width of [1366, 390]) {
    it(`shows a province its districts' chart, its table view, the heat table and the report timeliness, and downloads their files, at ${width} px`, async () => {
      const page = await signIn('yala.admin', width);
      // The charts draw under the product's Content Security Policy: any refusal is reported and fails the test.
      const refusals: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(m.text());
      });
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`Refused to load (CSP ${event.violatedDirective}) ${event.blockedURI}`),
        ),
      );
      await page.goto('/dashboards');
      await expect.poll(() => page.locator('[data-testid="dash-ranking-chart"] canvas').count()).toBe(1);
      const data = await api(page, 'unit=95');
      expect(data.units.length).toBeGreaterThan(1);

      await page.getByTestId('dash-ranking-view').getByText('ตาราง').click();
      await expect.poll(() => page.getByTestId('dash-ranking-row').count()).toBe(data.units.length);
      expect(await page.locator('[data-testid="dash-ranking-chart"]').count()).toBe(0);
      const rows = await page
        .getByTestId('dash-ranking-row')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
        );
      expect(rows.map((cells) => [cells[0], cells[2]])).toEqual(
        data.units.map((u) => [
          u.rank === null ? '—' : String(u.rank),
          u.reported === 0 ? 'ยังไม่มีผล' : u.score,
        ]),
      );
      await page.getByTestId('dash-ranking-view').getByText('กราฟ').click();
      await expect.poll(() => page.locator('[data-testid="dash-ranking-chart"] canvas').count()).toBe(1);

      expect(await page.getByTestId('dash-levels-row').count()).toBe(data.units.length);
      const levels = await page
        .locator('[data-testid="dash-levels-row"] td[data-level]')
        .evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-level'), td.textContent]));
      expect(levels.length).toBeGreaterThan(0);
      for (const [level, text] of levels) expect(text).toBe(level === '' ? '—' : level);

      await expect.poll(() => page.locator('[data-testid="dash-timeliness-chart"] canvas').count()).toBe(1);
      await page.getByTestId('dash-timeliness-view').getByText('ตาราง').click();
      await expect.poll(() => page.getByTestId('dash-timeliness-row').count()).toBeGreaterThan(0);

      for (const [testId, suffix] of [
        ['dash-ranking-xlsx', 'ranking.xlsx'],
        ['dash-levels-csv', 'levels.csv'],
        ['dash-timeliness-xlsx', 'timeliness'],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId(testId).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(
          suffix === 'timeliness'
            ? /^tidtam-timeliness-95\.xlsx$/
            : new RegExp(`^tidtam-dashboard-95-\\d{4}-\\d-${suffix}$`),
        );
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(refusals).toEqual([]);
      await page.context().close();
    });
  }

  it('shows a district its own row without a rank and what each KPI’s next level needs, and the department a province it picks', async () => {
    const page = await signIn('yala.mueang', 390);
    await page.goto('/dashboards');
    await page.getByTestId('dash-ranking-view').getByText('ตาราง').click();
    await expect.poll(() => page.getByTestId('dash-ranking-row').count()).toBe(1);
    expect(await page.getByTestId('dash-ranking-row').getAttribute('data-unit')).toBe('9501');
    expect(await page.getByTestId('dash-ranking-row').locator('td').first().textContent()).toBe('—');
    const kpis = (await api(page, 'unit=9501')) as Api & { kpis: unknown[] };
    expect(await page.getByTestId('dash-next-row').count()).toBe(kpis.kpis.length);
    await page.context().close();

    const nation = await signIn('cdd.admin', 1366);
    await nation.goto('/dashboards');
    // The department lands on the nation view (test/e2e/dashboards-nation.test.ts walks it); a province opens below.
    await expect.poll(() => nation.getByTestId('nation-page').count()).toBe(1);
    await nation.goto('/dashboards?unit=95');
    await expect.poll(() => nation.locator('[data-testid="dash-ranking-chart"] canvas').count()).toBe(1);
    await nation.context().close();
  });

  it('prints the ranking, the heat table and the timeliness on A4', async () => {
    const page = await signIn('yala.admin', 1366);
    await page.goto('/print/dashboards/districts?unit=95');
    await expect.poll(() => page.getByTestId('dash-print-sheet').count()).toBe(1);
    const data = await api(page, 'unit=95');
    expect(await page.locator('[data-testid="dash-print-ranking"] tbody tr').count()).toBe(data.units.length);
    expect(await page.locator('[data-testid="dash-print-levels"] tbody tr').count()).toBe(data.units.length);
    expect(await page.locator('[data-testid="dash-print-timeliness"] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('dash-print-sheet').locator('h1').textContent()).toContain('จังหวัดยะลา');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.context().close();
  });
});
