import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import { loginAs, makeUser } from '../helpers.ts';
import { openReport, reportConfig, TestClock } from '../report-fixtures.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

/** Whether a text is drawn in red: its red channel well above green and blue. */
const isRed = async (locator: Locator) => {
  const [r, g, b] =
    (await locator.evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)?.map(Number) ?? [];
  return (r ?? 0) > (g ?? 0) + 60 && (r ?? 0) > (b ?? 0) + 60;
};

describe.each(browserEngines())('review guards in the browser on %s', (engine) => {
  const clock = new TestClock('2025-03-03T03:00:00Z');
  const files = reportConfig(clock);
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine, files.overrides);
  });
  afterAll(async () => {
    await e.close();
    files.cleanup();
  });

  it('shows a stored result that cannot be scored as a red error on its own row; the rest of the page works', async () => {
    const { kpiSetId } = await loadKpiSetFile(
      e.handle.db,
      readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')),
    );
    const [kpi, unit] = await Promise.all([
      e.handle.db
        .selectFrom('kpis')
        .select('id')
        .where('kpi_set_id', '=', kpiSetId)
        .where('key', '=', 'I1')
        .executeTakeFirstOrThrow(),
      e.handle.db.selectFrom('units').select('id').where('code', '=', '9501').executeTakeFirstOrThrow(),
    ]);
    await e.handle.db
      .insertInto('kpi_results')
      .values({
        kpi_id: kpi.id,
        unit_id: unit.id,
        value: '12',
        inputs: null,
        source: 'manual',
        as_of: '2025-09-30',
      })
      .execute();
    const ddo = await makeUser(e.handle, 'district_officer', '9501');
    const page = await newPage(e);
    await logIn(page, ddo.username, ddo.password);
    await page.goto(`/kpi-sets/${kpiSetId}?tab=agreements`);
    await expect
      .poll(() => page.getByTestId('agreement-unscorable').first().textContent())
      .toContain('1 รายการ');
    await page.getByTestId('agreement-link').first().click();
    await page.waitForURL(/\/agreements\/\d+$/);

    const error = page
      .locator('[data-testid="item-row"][data-kpi-key="I1"]')
      .getByTestId('item-result-error');
    await expect.poll(() => error.textContent()).toContain('ผลที่บันทึกไว้ใช้คำนวณคะแนนไม่ได้');
    expect(await error.textContent()).toContain('ไม่นับคะแนนของตัวชี้วัดนี้ (คิดเป็น 0)');
    expect(await isRed(error)).toBe(true);
    expect(await page.getByTestId('item-result-error').count()).toBe(1);
    expect(await page.getByTestId('total-score').textContent()).toBe('0.0000');
    expect(await page.getByTestId('unscorable').textContent()).toContain('ใช้คำนวณคะแนนไม่ได้');
    await page.context().close();
  });

  it('disables approve and return, with the reason, for the officer who sent the report', async () => {
    const [admin, staff] = await Promise.all([
      makeUser(e.handle, 'province_admin', '95'),
      makeUser(e.handle, 'province_staff', '95-G4'),
    ]);
    const api = await loginAs(e.app, admin.username, admin.password);
    const created = await api.send('POST', '/api/reports/types', {
      provinceCode: '95',
      nameTh: 'รายงานผลการดำเนินงานประจำเดือน',
      fields: [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true }],
      schedule: { frequency: 'monthly', dueDay: 10, dueMonth: 'in-period' },
    });
    const { id } = await openReport(api, created.json().reportType.id, '9501', '2025-03');
    await api.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { households: '12' } });
    expect((await api.send('POST', `/api/reports/submissions/${id}/submit`)).statusCode).toBe(200);

    const own = await newPage(e);
    await own.clock.setFixedTime(clock.now);
    await logIn(own, admin.username, admin.password);
    await own.goto(`/reports/submissions/${id}`);
    const reason = own.getByTestId('review-own-report');
    await expect.poll(() => reason.textContent()).toBe('ไม่สามารถอนุมัติหรือส่งคืนรายงานที่คุณส่งเองได้ ต้องให้ผู้อื่นตรวจ');
    expect(await own.getByTestId('review-approve').isDisabled()).toBe(true);
    expect(await own.getByTestId('review-return').isDisabled()).toBe(true);
    await own.context().close();

    const other = await newPage(e);
    await other.clock.setFixedTime(clock.now);
    await logIn(other, staff.username, staff.password);
    await other.goto(`/reports/submissions/${id}`);
    await expect.poll(() => other.getByTestId('review-approve').isEnabled()).toBe(true);
    expect(await other.getByTestId('review-own-report').count()).toBe(0);
    await other.context().close();
  });
});
