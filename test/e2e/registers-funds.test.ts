import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

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

describe.each(browserEngines())('fund and project registers in the browser on %s', (engine) => {
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
    await page.getByTestId('funds-tab-community-funds').click();
    await page.getByTestId('cf-open-import').click();
    // Imports open in a panel that slides open; the button is pressed from the keyboard, so a click cannot land
    // while the panel is still moving.
    const upload = async (file: Buffer) => {
      await page
        .getByTestId('cf-import-input')
        .setInputFiles({ name: 'funds.xlsx', mimeType: 'application/octet-stream', buffer: file });
      await page.getByTestId('cf-import-submit').press('Enter');
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

  it("imports women's fund snapshots and shows seed 003's portfolio report with its overlapping lines", async () => {
    const admin = await makeUser(e.handle, 'province_admin', '24');
    const page = await newPage(e);
    await logIn(page, admin.username, admin.password);
    await page.goto('/registers/funds?unit=24');
    await page.getByTestId('wf-open-import').click();

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('ลูกหนี้');
    sheet.addRow(['unit_code', 'as_of', 'outstanding', 'not_yet_due', 'suspended', 'litigation']);
    sheet.addRow(['24', '2022-08-21', 68723569.44, 51158994.38, 0, 200000]);
    sheet.addRow(['24', '2022-07-31', 100, 0, 150, 0]);
    const upload = async (buffer: Buffer) => {
      await page
        .getByTestId('wf-import-input')
        .setInputFiles({ name: 'wf.xlsx', mimeType: 'application/octet-stream', buffer });
      await page.getByTestId('wf-import-submit').press('Enter');
    };
    await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    await expect.poll(() => page.getByTestId('import-error-row').count()).toBe(1);
    expect(await page.getByTestId('import-error-row').textContent()).toContain('แถวที่ 3 ช่อง "ลูกหนี้คงเหลือ (A)"');
    sheet.spliceRows(3, 1);
    await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    await expect.poll(() => page.getByTestId('wf-import-success').textContent()).toContain('1');
    await expect.poll(() => page.getByTestId('wf-snapshot').count()).toBe(1);

    // 003 L1135–1151, as of 21 August 2565.
    await page.getByTestId('wfp-open-form').click();
    const fill = async (testId: string, value: string) => page.getByTestId(testId).fill(value);
    await fill('wfp-as-of', '2022-08-21');
    await fill('wfp-approved-from', '2556');
    await fill('wfp-approved-to', '2565');
    await fill('wfp-approved-projects', '1,285');
    await fill('wfp-approved-amount', '228,320,235');
    const lines: [string, string, string][] = [
      ['principal-repaid', '569', '179,658,664.80'],
      ['paying', '917', '51,158,994.38'],
      ['in-default', '367', '17,564,575.06'],
      ['debt-acknowledged', '22', '1,893,904.82'],
      ['restructured', '186', '17,665,518.21'],
      ['moratorium', '155', '32,716,214.25'],
      ['penalty-waived', '54', '4,534,949.76'],
      ['litigation', '1', '200,000'],
    ];
    for (const [status, projects, amount] of lines) {
      await fill(`wfp-${status}-projects`, projects);
      await fill(`wfp-${status}-amount`, amount);
    }
    await page.getByTestId('wfp-submit').click();
    await expect
      .poll(() => page.getByTestId('wfp-error').textContent())
      .toContain('ต้องเท่ากับโครงการที่อนุมัติ 1,285');
    expect(await page.getByTestId('wfp-empty').count()).toBe(1);

    await fill('wfp-paying-projects', '918');
    await page.getByTestId('wfp-submit').click();
    await expect.poll(() => page.getByTestId('wfp-outstanding-amount').textContent()).toBe('68,723,569.44');
    const row = page.getByTestId('wfp-line-in-default');
    expect(await row.getByTestId('wfp-line-projects').textContent()).toBe('367');
    expect(await row.getByTestId('wfp-line-amount').textContent()).toBe('17,564,575.06');
    expect(await page.getByTestId('wfp-approved').textContent()).toContain('228,320,235.00');
    expect(await page.getByTestId('wfp-default-projects').textContent()).toBe('28.56');
    expect(await page.getByTestId('wfp-relief').textContent()).toContain('418');
    expect(await page.getByTestId('wfp-note').count()).toBe(3);

    // The report's export imports again: the same province and date replaces it.
    const session = await loginAs(e.app, admin.username, admin.password);
    const exported = await session.get('/api/registers/womens-fund/portfolio/export.xlsx?unit=24');
    await page.getByTestId('wfp-open-import').click();
    await page.getByTestId('wfp-import-input').setInputFiles({
      name: 'portfolio.xlsx',
      mimeType: 'application/octet-stream',
      buffer: exported.rawPayload,
    });
    await page.getByTestId('wfp-import-submit').press('Enter');
    await expect
      .poll(() => page.getByTestId('wfp-import-success').textContent())
      .toBe('นำเข้าแล้ว: เพิ่มใหม่ 0 รายการ แทนที่ของเดิม 1 รายการ');
    expect(await page.getByTestId('wfp-outstanding-amount').textContent()).toBe('68,723,569.44');
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
        },
      });
    expect((await project('ส่งเสริมสัมมาชีพชุมชน', '100', '2025-06-02', '2025-06-12')).status()).toBe(201);
    expect((await project('พัฒนาผลิตภัณฑ์ OTOP', '80', null, null)).status()).toBe(201);
    await page.goto('/registers/projects?unit=95&fiscalYear=2568');
    await expect.poll(() => page.getByTestId('projects-plan-percent').textContent()).toContain('90.00');
    expect(await page.getByTestId('project-row').count()).toBe(2);
    expect(await page.getByTestId('project-late').first().textContent()).toContain('3');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
