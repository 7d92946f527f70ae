import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, makeUser } from '../helpers.ts';
import { type E2e, logIn, newPage, startE2e } from './harness.ts';

const FUND_KEYS = [
  'unit_code',
  'name',
  'type',
  'juristic_person',
  'capital_government_allocation',
  'capital_rating_bonus',
  'capital_phase_2',
  'capital_phase_3',
  'savings',
];

async function fundWorkbook(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('กองทุน');
  sheet.addRow(['รหัสหน่วยงาน', 'ชื่อกองทุน', 'ประเภท', 'นิติบุคคล', 'รอบ 1', 'รอบ 2', 'ระยะ 2', 'ระยะ 3', 'เงินออม']);
  sheet.addRow(FUND_KEYS);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(engines())('fund and project registers in the browser on %s', (engine) => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine);
  });
  afterAll(() => e.close());

  it('imports village funds (a bad row refused, nothing saved) and shows the follow-up form totals', async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e);
    await logIn(page, admin.username, admin.password);
    await page.goto('/registers/funds?unit=9501');
    const upload = async (file: Buffer) => {
      await page
        .getByTestId('cf-import-input')
        .setInputFiles({ name: 'funds.xlsx', mimeType: 'application/octet-stream', buffer: file });
      await page.getByTestId('cf-import-submit').click();
    };
    await upload(
      await fundWorkbook([
        ['9501', 'กองทุนหมู่บ้านทดสอบหนึ่ง', 'village', 1, 1, 1, 0, 1, 250000],
        ['9501', 'กองทุนชุมชนเมืองทดสอบ', 'spaceship', 0, 1, 0, 0, 0, 0],
      ]),
    );
    await expect.poll(() => page.getByTestId('import-error-row').count()).toBe(1);
    expect(await page.getByTestId('import-error-row').first().textContent()).toContain('4');
    expect(await page.getByTestId('cf-empty').count()).toBe(1);

    await upload(
      await fundWorkbook([
        ['9501', 'กองทุนหมู่บ้านทดสอบหนึ่ง', 'village', 1, 1, 1, 0, 1, 250000],
        ['9501', 'กองทุนชุมชนเมืองทดสอบ', 'urban', 0, 1, 0, 0, 0, 0],
      ]),
    );
    await expect.poll(() => page.getByTestId('cf-total').textContent()).toBe('2');
    expect(await page.getByTestId('cf-count-village').textContent()).toBe('1');
    expect(await page.getByTestId('cf-juristic-percent').textContent()).toContain('50.00');
    expect(await page.getByTestId('cf-row').count()).toBe(2);
    await page.context().close();
  });

  it('shows plan achievement as the mean of the projects and flags a late evaluation', async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e, 375);
    await logIn(page, admin.username, admin.password);
    const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
    const project = (
      name: string,
      completionPercent: string,
      completedOn: string | null,
      evaluationSubmittedOn: string | null,
      photos: number,
    ) =>
      page.request.post('/api/registers/projects', {
        headers: { 'x-csrf-token': csrfToken },
        data: {
          unitCode: '95',
          fiscalYear: 2568,
          round: 2,
          name,
          completionPercent,
          completedOn,
          evaluationSubmittedOn,
          photos,
        },
      });
    expect((await project('ส่งเสริมสัมมาชีพชุมชน', '100', '2025-06-02', '2025-06-12', 3)).status()).toBe(201);
    expect((await project('พัฒนาผลิตภัณฑ์ OTOP', '80', null, null, 0)).status()).toBe(201);
    await page.goto('/registers/projects?unit=95&fiscalYear=2568');
    await expect.poll(() => page.getByTestId('projects-plan-percent').textContent()).toContain('90.00');
    expect(await page.getByTestId('project-row').count()).toBe(2);
    expect(await page.getByTestId('project-late').first().textContent()).toContain('3');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
