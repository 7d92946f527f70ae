import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import { budgetCriteria, makeKpiSet, overdueCriteria, planCriteria } from '../factories.ts';
import { makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

describe.each(browserEngines())('KPI agreements in the browser on %s', (engine) => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine);
  });
  afterAll(() => e.close());

  it('builds an agreement in the UI, refuses to sign 110, then both sides sign it', async () => {
    const set = await makeKpiSet(e.handle, '95', 2568, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
      { key: 'T2', kind: 'team', nameTh: 'ร้อยละความสำเร็จของการบรรลุเป้าหมาย', criteria: planCriteria },
      { key: 'T3', kind: 'team', nameTh: 'หนี้เกินกำหนดชำระกองทุนพัฒนาบทบาทสตรี', criteria: overdueCriteria },
    ]);
    const [staff, pdo, ddo] = await Promise.all([
      makeUser(e.handle, 'province_staff', '95-G1'),
      makeUser(e.handle, 'province_admin', '95'),
      makeUser(e.handle, 'district_officer', '9501'),
    ]);

    const page = await newPage(e);
    await logIn(page, staff.username, staff.password);
    await page.goto(`/kpi-sets/${set.id}/agreements/new`);
    await page.getByTestId('agreement-agent').click();
    await page.getByRole('option', { name: /เมืองยะลา/ }).click();
    await page.getByTestId('builder-add-all').click();
    const weights = page.getByTestId('builder-item-weight');
    await expect.poll(() => weights.count()).toBe(3);
    for (const [i, w] of ['50', '50', '10'].entries()) await weights.nth(i).fill(w);
    await expect
      .poll(() => page.getByTestId('weight-sum-team').textContent())
      .toContain('น้ำหนักรวม 110 ไม่เท่ากับ 100');
    await page.getByTestId('agreement-save').click();
    await page.waitForURL(/\/agreements\/\d+$/);
    const url = page.url();
    await page.context().close();

    const principal = await newPage(e);
    await logIn(principal, pdo.username, pdo.password);
    await principal.goto(url);
    await principal.getByTestId('sign-principal').click();
    await expect
      .poll(() => principal.getByTestId('sign-error').textContent())
      .toContain('ลงนามไม่ได้: ตัวชี้วัดรายทีม: น้ำหนักรวม 110 ไม่เท่ากับ 100');

    const editor = await newPage(e);
    await logIn(editor, staff.username, staff.password);
    await editor.goto(`${url}/edit`);
    await editor.getByTestId('builder-item-weight').nth(1).fill('40');
    await expect.poll(() => editor.getByTestId('weight-sum-team').getAttribute('data-ok')).toBe('true');
    await editor.getByTestId('agreement-save').click();
    await editor.waitForURL(/\/agreements\/\d+$/);
    await editor.context().close();

    await principal.reload();
    await principal.getByTestId('sign-principal').click();
    await expect
      .poll(() => principal.getByTestId('signature-principal').getAttribute('data-signed'))
      .toBe('true');
    await principal.context().close();

    const agent = await newPage(e);
    await logIn(agent, ddo.username, ddo.password);
    await agent.goto(url);
    await agent.getByTestId('sign-agent').click();
    await expect.poll(() => agent.getByTestId('signature-agent').getAttribute('data-signed')).toBe('true');
    expect(await agent.getByTestId('agreement-status').first().textContent()).toContain('ลงนามแล้ว');
    await agent.context().close();
  });

  it('lets Mueang Yala enter results and see levels, the weighted total, and households still needed', async () => {
    const { kpiSetId } = await loadKpiSetFile(
      e.handle.db,
      readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')),
    );
    const ddo = await makeUser(e.handle, 'district_officer', '9501');
    const page = await newPage(e);
    await logIn(page, ddo.username, ddo.password);
    await page.goto(`/kpi-sets/${kpiSetId}?tab=agreements`);
    await page.getByTestId('agreement-link').first().click();
    await page.waitForURL(/\/agreements\/\d+$/);

    const t1 = page.locator('[data-testid="item-row"][data-kpi-key="T1"]');
    await t1.getByTestId('result-open').click();
    const inputs = page.getByTestId('result-formula-input');
    for (const [id, v] of Object.entries({
      disbursed: '๑๓,๗๔๖,๔๙๖.๔๖',
      purchase_orders: '0',
      allocated: '15394077.59',
      returned_before_cutoff: '0',
    })) {
      await inputs.and(page.locator(`[data-input="${id}"]`)).fill(v);
    }
    await page.getByTestId('result-save').click();
    await expect.poll(() => t1.getByTestId('item-level').textContent()).toContain('2');
    expect(await t1.getByTestId('item-score').textContent()).toBe('2.0000');
    expect(await t1.getByTestId('item-next').textContent()).toContain('90');
    // (team 50 × 2 ÷ 100 + individual 0) ÷ 2.
    expect(await page.getByTestId('total-score').textContent()).toBe('0.5000');

    const i4 = page.locator('[data-testid="item-row"][data-kpi-key="I4"]');
    await i4.getByTestId('result-open').click();
    await page.locator('[data-testid="result-formula-input"][data-input="targets"]').fill('214');
    await page.locator('[data-testid="result-formula-input"][data-input="passed"]').fill('180');
    await page.getByTestId('result-save').click();
    await expect
      .poll(() => i4.getByTestId('item-needed').textContent())
      .toBe('ต้องผ่านเกณฑ์อีก 5 ครัวเรือน จึงจะได้ระดับ 1 (ตามตารางเป้าหมาย: อีก 4 ครัวเรือน)');
    await page.context().close();
  });

  it('prints the KPI booklet to an A4 PDF in Thai digits', async () => {
    const { kpiSetId } = await loadKpiSetFile(
      e.handle.db,
      readKpiSetFile(path.join(KPI_SET_DIR, 'fy2566-r2-ubon.json')),
    );
    const viewer = await makeUser(e.handle, 'viewer', '34');
    const page = await newPage(e);
    await logIn(page, viewer.username, viewer.password);
    await page.goto(`/print/kpi-sets/${kpiSetId}/booklet`);
    await expect.poll(() => page.getByTestId('booklet-card').count()).toBeGreaterThan(5);
    const text = (await page.getByTestId('print-document').textContent()) ?? '';
    expect(text).toContain('ตัวชี้วัดที่ ๑');
    expect(text).toContain('รอบการประเมินที่ ๒');
    expect(text).not.toMatch(/ตัวชี้วัดที่ \d/);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.context().close();
  });

  it('answers the public calculator without a login', async () => {
    const page = await newPage(e);
    await page.goto('/calculator');
    await page.getByTestId('calc-value').fill('89.30');
    await expect.poll(() => page.getByTestId('calc-level').textContent()).toContain('2');
    expect(await page.getByTestId('calc-score').textContent()).toContain('2.0000');
    await page.context().close();
  });
});
