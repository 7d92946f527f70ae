import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../helpers.ts';
import { houseCode, household, householdCsv, readXlsx } from '../register-fixtures.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

const context = '?unit=95&fiscalYear=2568';

/** Mueang Yala (9501), sub-district Sateng (950101): three developable households below the line, one welfare. */
const goodRows = [
  household(1, '950101', 'developable', { baseline: 30000, result: 45000 }),
  household(2, '950101', 'developable', { baseline: 32000, result: 35000 }),
  household(3, '950101', 'developable', { baseline: 25000 }),
  household(4, '950101', 'welfare', { baseline: 20000 }),
];

async function upload(page: Page, name: string, content: Buffer) {
  await page
    .getByTestId('household-import-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  await page.getByTestId('household-import-submit').click();
}

const text = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).first().textContent()) ?? '';

describe.each(browserEngines())('register screens on %s', (engine) => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine);
  });
  afterAll(() => e.close());

  it('imports households for Yala: a bad row saves nothing, the fixed file fills the summary, welfare refuses activities', async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e);
    await logIn(page, admin.username, admin.password);

    await page.getByTestId('nav-registers').click();
    await page.waitForURL(/\/registers\/households/);
    await page.goto(`/registers/households/import${context}`);

    // The template: the department's three sheets for FY2568, and the guide sheet holding the example.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('household-template').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const sheets = await readXlsx(await readFile(path));
    expect(sheets.map((s) => s.name)).toEqual([
      '1 ข้อมูลครัวเรือนยากจนเป้าหมาย',
      '2 แผนการพัฒนาครัวเรือน',
      '3 สรุปข้อมูลการพัฒนาครัวเรือน',
      'วิธีกรอก',
    ]);

    // One bad row (data row 3 = file row 4): members "สี่" is not a number. Nothing is saved.
    const bad = goodRows.map((row, index) => (index === 2 ? { ...row, members: 'สี่' } : row));
    await upload(page, 'yala-households.csv', householdCsv(bad));
    await expect
      .poll(() => page.getByTestId('import-job').getAttribute('data-status'), { timeout: 20_000 })
      .toBe('failed');
    expect(await text(page, 'import-nothing-saved')).toContain('ไม่มีข้อมูลใดถูกบันทึก');
    expect(await page.getByTestId('import-error-row').count()).toBe(1);
    const errorRow = page.getByTestId('import-error-row').first();
    expect(await errorRow.getAttribute('data-row')).toBe('4');
    expect(await errorRow.getAttribute('data-field')).toBe('members');
    expect(await text(page, 'import-error-row-number')).toBe('4');
    expect(await text(page, 'import-error-column')).toBe('จำนวนสมาชิก (คน)');
    expect(await text(page, 'import-error-message')).toBe(
      'ชีต "1 ข้อมูลครัวเรือนยากจนเป้าหมาย" แถวที่ 4 ช่อง "จำนวนสมาชิก (คน)": ต้องเป็นจำนวนเต็ม 1–99 คน',
    );

    await page.goto(`/registers/households${context}`);
    await expect.poll(() => text(page, 'household-total')).toBe('0 ครัวเรือน');
    expect(await page.getByTestId('household-empty').isVisible()).toBe(true);

    // The fixed file goes through; the progress reaches done.
    await page.goto(`/registers/households/import${context}`);
    await upload(page, 'yala-households.csv', householdCsv(goodRows));
    await expect
      .poll(() => page.getByTestId('import-job').getAttribute('data-status'), { timeout: 20_000 })
      .toBe('done');
    expect(await text(page, 'import-done')).toContain('บันทึกครัวเรือนและแผนแล้ว 4 แถว');
    expect(await text(page, 'import-progress-text')).toContain('อ่านแล้ว 4 จาก 4 แถว');
    expect(await text(page, 'import-progress-text')).toContain('บันทึกแล้ว 4 แถว');
    expect(
      await page.getByTestId('import-progress').getByRole('progressbar').getAttribute('aria-valuenow'),
    ).toBe('100');

    // The summary counts Mueang Yala: 4 households, 3 developable below the line, 1 passed, 2 remaining = 66.67 %.
    await page.getByTestId('import-to-summary').click();
    await page.waitForURL(/\/registers\/households\?/);
    const mueang = page.locator('[data-testid="summary-row"][data-unit="9501"]');
    await expect.poll(() => mueang.getByTestId('summary-area').textContent()).toBe('เมืองยะลา');
    expect(await mueang.getByTestId('summary-households').textContent()).toBe('4');
    expect(await mueang.getByTestId('summary-status-developable').textContent()).toBe('3');
    expect(await mueang.getByTestId('summary-status-welfare-requested').textContent()).toBe('1');
    expect(await mueang.getByTestId('summary-targets').textContent()).toBe('3');
    expect(await mueang.getByTestId('summary-passed').textContent()).toBe('1');
    expect(await mueang.getByTestId('summary-remaining').textContent()).toBe('2');
    expect(await mueang.getByTestId('summary-remaining-percent').textContent()).toBe('66.67');
    const warnings = await page.getByTestId('summary-warnings').textContent();
    expect(warnings).toContain('อำเภอเบตง ยังไม่มีครัวเรือนที่มีสถานะพัฒนาได้');
    expect(warnings).toContain('ให้เพิ่มครัวเรือนเป้าหมายอีกอย่างน้อย 7 ครัวเรือน');
    await expect.poll(() => text(page, 'household-total')).toBe('4 ครัวเรือน');

    // A welfare-requested household: the activity form is refused with the server's Thai reason.
    await page
      .locator(`[data-testid="household-row"][data-house-code="${houseCode(4)}"]`)
      .getByTestId('household-link')
      .click();
    await expect.poll(() => text(page, 'household-detail-status')).toBe('ขอรับการสงเคราะห์');
    expect(await text(page, 'activity-refused')).toContain(
      'บันทึกกิจกรรมได้เฉพาะครัวเรือนประเภท "พัฒนาได้" เท่านั้น (ครัวเรือนนี้มีสถานะ "ขอรับการสงเคราะห์")',
    );
    expect(await page.getByTestId('activity-submit').isDisabled()).toBe(true);
    expect(await page.getByTestId('activity-name').isDisabled()).toBe(true);
    await page.context().close();
  });
});
