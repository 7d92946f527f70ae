import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type Account = Awaited<ReturnType<typeof loadDemo>>[number];
type Board = { kpis: { kpiId: number; key: string }[]; units: { code: string }[] };
type KpiPage = {
  months: { labelTh: string; value: string | null }[];
  percent: { kind: string; percent?: string; light?: string };
  forecast: { kind: string; value?: string };
};

describe.each(browserEngines())('the KPI page in the browser on %s', (engine) => {
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

  it('opens from a heat-table cell, draws the months, switches to the table, prints on A4, and fits 390 px', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, 'yala.admin', accounts.find((a) => a.username === 'yala.admin')?.password ?? '');
    await page.goto('/dashboards?unit=95');
    await expect.poll(() => page.getByTestId('dash-levels-row').count()).toBeGreaterThan(1);
    const board: Board = await page.evaluate(() =>
      fetch('/api/dashboards/districts?unit=95').then((r) => r.json()),
    );
    const t1 = board.kpis.find((k) => k.key === 'T1')?.kpiId ?? 0;
    const unit = board.units[0]?.code ?? '';
    // The first district's T1 cell opens that KPI's page.
    await page.locator(`[data-testid="dash-levels-row"][data-unit="${unit}"] a[href*="kpi=${t1}"]`).click();
    await expect.poll(() => page.url()).toContain(`/dashboards/kpi?unit=${unit}&kpi=${t1}`);
    await expect.poll(() => page.locator('[data-testid="kpi-dash-chart"] canvas').count()).toBe(1);
    const data: KpiPage = await page.evaluate(
      ([u, k]) => fetch(`/api/dashboards/kpi?unit=${u}&kpi=${k}`).then((r) => r.json()),
      [unit, t1] as const,
    );
    expect(await page.getByTestId('kpi-dash-title').textContent()).toContain('ร้อยละของการใช้จ่ายงบประมาณ');
    if (data.percent.kind === 'percent')
      expect(await page.getByTestId('kpi-dash-percent').textContent()).toContain(`${data.percent.percent}%`);
    if (data.forecast.kind === 'linear')
      expect(await page.getByTestId('kpi-dash-method').textContent()).toContain('คาดการณ์ด้วยเส้นตรง');
    expect(await page.getByTestId('kpi-dash-legend').textContent()).toContain(
      'สีแดง หมายถึง ผลดำเนินงานต่ำกว่าร้อยละ 50',
    );

    await page.getByTestId('kpi-dash-view').getByText('ตาราง').click();
    await expect.poll(() => page.getByTestId('kpi-dash-row').count()).toBe(data.months.length);
    const rows = await page
      .getByTestId('kpi-dash-row')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent ?? ''));
    expect(rows).toEqual(data.months.map((m) => m.labelTh));
    expect(await page.locator('[data-testid="kpi-dash-chart"]').count()).toBe(0);

    await page.goto(`/print/dashboards/kpi?unit=${unit}&kpi=${t1}`);
    await expect.poll(() => page.getByTestId('kpi-dash-print-sheet').count()).toBe(1);
    expect(await page.locator('[data-testid="kpi-dash-print-months"] tbody tr').count()).toBe(
      data.months.length,
    );
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/dashboards/kpi?unit=${unit}&kpi=${t1}`);
    await expect.poll(() => page.locator('[data-testid="kpi-dash-chart"] canvas').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});
