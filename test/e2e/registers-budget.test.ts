import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

const photo = async (name: string, background: string) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: await sharp({ create: { width: 320, height: 240, channels: 3, background } })
    .jpeg()
    .toBuffer(),
});

async function projectWorkbook(rows: (string | number | null)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('โครงการ');
  sheet.addRow(['unit_code', 'fiscal_year', 'round', 'name', 'completion_percent', 'completed_on']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(browserEngines())('budget register screen on %s', (engine) => {
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-e2e-files-'));
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine, { filesDir });
  });
  afterAll(async () => {
    await e.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  it("Yala's province admin records seed 003's totals at 375 px and the total row shows 89.30 %", async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e, 375);
    await logIn(page, admin.username, admin.password);
    await page.goto('/registers/budget?unit=95&fiscalYear=2568&asOf=2025-09-30');
    await page.getByTestId('budget-report-total').waitFor();

    await page.getByTestId('budget-line-category').fill('งบดำเนินงาน');
    await page.getByTestId('budget-line-name').fill('โครงการขับเคลื่อนเศรษฐกิจฐานราก');
    await page.getByTestId('budget-line-submit').click();
    const line = page.getByTestId('budget-line').first();
    await line.waitFor();

    await line.getByTestId('budget-event-date').fill('2024-10-15');
    await line.getByTestId('budget-event-amount').fill('15,394,077.59');
    await line.getByTestId('budget-event-submit').click();
    await line.getByTestId('budget-event').first().waitFor();

    await line.getByTestId('budget-event-kind').click();
    await page.getByRole('option', { name: 'เบิกจ่าย' }).click();
    await line.getByTestId('budget-event-date').fill('2025-09-01');
    await line.getByTestId('budget-event-amount').fill('13746496.46');
    await line.getByTestId('budget-event-submit').click();
    await expect.poll(() => line.getByTestId('budget-event').count()).toBe(2);

    const total = page.getByTestId('budget-report-total');
    await expect.poll(async () => total.getByTestId('budget-cell-percent').textContent()).toBe('89.30');
    expect(await total.getByTestId('budget-cell-allocated').textContent()).toBe('15,394,077.59');
    expect(await total.getByTestId('budget-cell-disbursed').textContent()).toBe('13,746,496.46');
    expect(await page.getByTestId('budget-cutoff').textContent()).toContain('2568');
  });

  it('imports a project (a bad row refused first), then 3 photos taken on a phone clear its missing-photo flag', async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e, 375);
    await logIn(page, admin.username, admin.password);
    await page.goto('/registers/projects?unit=95&fiscalYear=2568');
    await page.getByTestId('projects-empty').waitFor();
    const upload = async (file: Buffer) => {
      await page
        .getByTestId('projects-import-input')
        .setInputFiles({ name: 'projects.xlsx', mimeType: 'application/octet-stream', buffer: file });
      await page.getByTestId('projects-import-submit').click();
    };
    await upload(
      await projectWorkbook([
        ['95', 2568, 2, 'ส่งเสริมสัมมาชีพชุมชน', 100, '2025-06-02'],
        ['95', 2568, 5, 'โครงการรอบผิด', 10, null],
      ]),
    );
    await expect.poll(() => page.getByTestId('import-error-row').count()).toBe(1);
    expect(await page.getByTestId('import-error-row').first().textContent()).toContain(
      'แถวที่ 3 ช่อง "รอบการประเมิน"',
    );
    expect(await page.getByTestId('project-row').count()).toBe(0);
    await upload(await projectWorkbook([['95', 2568, 2, 'ส่งเสริมสัมมาชีพชุมชน', 100, '2025-06-02']]));
    await expect.poll(() => page.getByTestId('project-row').count()).toBe(1);
    expect(await page.getByTestId('projects-import-success').textContent()).toContain('เพิ่ม 1');
    expect(await page.getByTestId('projects-missing-count').textContent()).toBe('1');

    await page.getByTestId('project-photos-open').click();
    const panel = page.getByTestId('project-photos');
    expect(await panel.getByTestId('project-photos-missing').textContent()).toContain('3');
    await panel
      .getByTestId('project-photo-input')
      .setInputFiles([
        await photo('หน้างาน-1.jpg', '#36c'),
        await photo('หน้างาน-2.jpg', '#c63'),
        await photo('หน้างาน-3.jpg', '#3c6'),
      ]);
    await expect.poll(() => panel.getByTestId('project-photo-thumbnail').count()).toBe(3);
    await panel.getByTestId('project-photos-complete').waitFor();
    expect(await panel.getByTestId('project-photo-count').textContent()).toContain('3');
    expect(await panel.getByTestId('project-photos-missing').count()).toBe(0);
    await expect.poll(() => page.getByTestId('projects-missing-count').textContent()).toBe('0');
    expect(await page.getByTestId('project-missing-photos').count()).toBe(0);
    const thumbnail = panel.getByTestId('project-photo-thumbnail').first();
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
