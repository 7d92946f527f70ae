import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoQuarterly } from '../../src/modules/quarterly/service.ts';
import { makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type User = Awaited<ReturnType<typeof makeUser>>;

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(browserEngines())('the quarterly report in the browser, on %s', (engine) => {
  let e: E2e;
  let viewer: User;
  let department: User;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quarterly-e2e-'));

  beforeAll(async () => {
    e = await startE2e(engine);
    await loadDemoQuarterly(e.handle.db);
    viewer = await makeUser(e.handle, 'viewer', '95');
    department = await makeUser(e.handle, 'department_admin', 'CDD');
  });
  afterAll(async () => {
    await e.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const width of [1366, 390]) {
    it(`opens seed 004's report from /quarterly in display order, with computed figures and flags, at ${width} px`, async () => {
      const page = await newPage(e, width);
      await logIn(page, viewer.username, viewer.password);
      await page.goto('/quarterly');
      await page.getByTestId('quarterly-page').waitFor();
      expect(page.url()).toContain('/quarterly/2562/4');
      // 004 L24, L104, L173, L189: SI-1, SI-3, SI-2, SI-4
      const issues = await page
        .getByTestId('quarterly-issue')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-issue')));
      expect(issues).toEqual(['1', '3', '2', '4']);
      await expect.poll(() => page.getByTestId('quarterly-kpi').count()).toBe(16);
      await expect(page.getByTestId('quarterly-legend').textContent()).resolves.toContain(
        'สีแดง หมายถึง ผลดำเนินงานต่ำกว่าร้อยละ 50',
      );
      await expect(page.getByTestId('quarterly-differences').textContent()).resolves.toContain('22 แห่ง');
      const first = page.locator('[data-kpi="1.1"]');
      await expect(first.getByTestId('quarterly-annual').textContent()).resolves.toContain(
        'ผล 518 ตำบล · ร้อยละ 101.57',
      );
      // 004 L25 Q2 "(เป้าสะสม 174 ตำบล) (ผล 134 ตำบล ร้อยละ 77.01)": yellow by the legend
      const q2 = first.getByTestId('quarterly-quarter').nth(1);
      await expect(q2.getAttribute('data-light')).resolves.toBe('yellow');
      await expect(q2.textContent()).resolves.toContain('(เป้าสะสม 174 ตำบล)');
      // 004 L26 prints 518 in red; 101.57 % is green: the computed colour shows, the typed one is flagged
      await expect(first.getByTestId('quarterly-annual-light').textContent()).resolves.toBe('เขียว');
      await expect(first.getByTestId('quarterly-kpi-differences').textContent()).resolves.toContain(
        'สีของผลทั้งปี: ฉบับพิมพ์ แดง คำนวณได้ เขียว',
      );
      // 4.2(1): green at 91.76 % yet "ไม่ผ่าน" (004 L110–113); its regions add up to 534 / 490
      const failing = page.locator('[data-kpi="4.2(1)"]');
      await expect(failing.getByTestId('quarterly-fail-cell').textContent()).resolves.toBe('490');
      await expect(failing.getByTestId('quarterly-pass-cell').textContent()).resolves.toBe('');
      await expect(failing.getByTestId('quarterly-regions-total').textContent()).resolves.toBe(
        'รวม53449091.76',
      );
      expect(await overflow(page)).toBe(0);
      await page.context().close();
    });
  }

  for (const width of [1366, 390]) {
    it(`lists every data-quality warning with its Thai message at ${width} px`, async () => {
      const page = await newPage(e, width);
      await logIn(page, viewer.username, viewer.password);
      await page.goto('/quarterly/2562/4');
      await page.getByTestId('quarterly-dq-link').click();
      await page.getByTestId('quarterly-dq-page').waitFor();
      await expect.poll(() => page.getByTestId('quarterly-dq-row').count()).toBe(14);
      await expect(page.getByTestId('quarterly-dq-count').textContent()).resolves.toContain(
        'พบคำเตือน 14 รายการ',
      );
      await expect(
        page.locator('[data-rule="4.3.regions-target"]').getByTestId('quarterly-dq-message').textContent(),
      ).resolves.toBe('ตัวชี้วัด 4.3: เป้าหมายรายภาครวมได้ 1,710 แต่เป้าหมายทั้งปีระดับประเทศคือ 1,700 (ต่างกัน 10)');
      expect(await overflow(page)).toBe(0);
      // a viewer neither publishes nor reopens
      await page.goto('/quarterly/2562/4');
      await page.getByTestId('quarterly-page').waitFor();
      expect(await page.getByTestId('quarterly-publish').count()).toBe(0);
      expect(await page.getByTestId('quarterly-edit').count()).toBe(0);
      await page.goto('/quarterly/2562/4/kpis/1.1');
      await page.getByTestId('no-access').waitFor();
      expect(await page.getByTestId('entry-save').count()).toBe(0);
      await page.context().close();
    });
  }

  it('publishes after confirming the warnings, then reads as locked until reopened', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, department.username, department.password);
    await page.goto('/quarterly/2562/4');
    await page.getByTestId('quarterly-publish').click();
    await expect(page.getByTestId('quarterly-publish-warning').textContent()).resolves.toContain(
      'มีคำเตือนคุณภาพข้อมูล 14 รายการ',
    );
    await expect.poll(() => page.getByTestId('quarterly-publish-warnings').locator('li').count()).toBe(14);
    await page.getByTestId('quarterly-publish-confirm').click();
    await page.getByTestId('quarterly-read-only').waitFor();
    await expect(page.getByTestId('quarterly-status').textContent()).resolves.toBe('เผยแพร่แล้ว');
    await page.getByTestId('quarterly-reopen').click();
    await page.getByTestId('quarterly-publish').waitFor();
    await expect(page.getByTestId('quarterly-status').textContent()).resolves.toBe('ฉบับร่าง');
    await page.context().close();
  });

  for (const width of [1366, 390]) {
    it(`lets the department enter a KPI's figures in Thai digits, refusing a bad one by name, at ${width} px`, async () => {
      const page = await newPage(e, width);
      await logIn(page, department.username, department.password);
      await page.goto('/quarterly/2562/4');
      await page.locator('[data-kpi="1.2"]').getByTestId('quarterly-edit').click();
      await page.getByTestId('quarterly-entry-page').waitFor();
      expect(await overflow(page)).toBe(0);
      await page.getByTestId('entry-q4-result').fill('abc');
      await page.getByTestId('entry-save').click();
      await expect(page.getByTestId('entry-error').textContent()).resolves.toContain('ไตรมาส 4 ช่อง ผล');
      // 1.2: 39 provinces; Q4 planned 14, result 28 entered as ๒๘, then as ๓๐
      const result = width === 1366 ? '๓๐' : '๒๘';
      await page.getByTestId('entry-q4-result').fill(result);
      await page.getByTestId('entry-save').click();
      await page.getByTestId('quarterly-page').waitFor();
      const q4 = page.locator('[data-kpi="1.2"]').getByTestId('quarterly-quarter').nth(3);
      await expect(q4.textContent()).resolves.toContain(width === 1366 ? 'ผล 30 จังหวัด' : 'ผล 28 จังหวัด');
      await page.context().close();
    });
  }

  it('lets the department move the as-of date, and warns when it leaves the quarter', async () => {
    const page = await newPage(e, 390);
    await logIn(page, department.username, department.password);
    await page.goto('/quarterly/2562/4');
    await page.getByTestId('quarterly-as-of-input').fill('31/3/2562');
    await page.getByTestId('quarterly-as-of-save').click();
    await expect.poll(() => page.getByTestId('quarterly-as-of').textContent()).toContain('31 มีนาคม 2562');
    await page.goto('/quarterly/2562/4/data-quality');
    await expect.poll(() => page.getByTestId('quarterly-dq-row').count()).toBe(15);
    await expect(page.locator('[data-rule="report.as-of"]').textContent()).resolves.toContain(
      'วันที่ของข้อมูล 31 มีนาคม 2562 อยู่นอกช่วงที่รายงาน',
    );
    await page.goto('/quarterly/2562/4');
    await page.getByTestId('quarterly-as-of-input').fill('31/8/2562');
    await page.getByTestId('quarterly-as-of-save').click();
    await expect.poll(() => page.getByTestId('quarterly-as-of').textContent()).toContain('31 สิงหาคม 2562');
    await page.context().close();
  });

  it('prints on A4 landscape in Thai digits with the colour legend on every page', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, viewer.username, viewer.password);
    await page.goto('/print/quarterly/2562/4');
    await page.getByTestId('print-sheet').waitFor();
    await expect.poll(() => page.getByTestId('print-kpi').count()).toBe(16);
    await page.emulateMedia({ media: 'print' });
    const file = path.join(dir, 'quarterly.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+|Page size:\s+841\.\d+ x 594\.\d+/);
    const pages = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f').slice(0, -1);
    expect(pages.length).toBeGreaterThan(1);
    for (const [index, text] of pages.entries()) {
      expect(text, `page ${index + 1}`).toContain('ความหมายของสี');
      expect(text, `page ${index + 1}`).toContain('สีเขียว หมายถึง ผลการดำเนินงานมากกว่าร้อยละ ๘๐');
      expect(text, `page ${index + 1}`).toContain('ผลรายไตรมาส');
    }
    const all = pages.join('\n');
    expect(all).toContain('ผล ๕๑๘ ตำบล');
    expect(all).toContain('ร้อยละ ๑๐๑.๕๗');
    expect(all).not.toMatch(/ร้อยละ [0-9]/);
    await page.context().close();
  });

  it('shows the printout whole inside a 390 px screen', async () => {
    const page = await newPage(e, 390);
    await logIn(page, viewer.username, viewer.password);
    await page.goto('/print/quarterly/2562/4');
    await page.getByTestId('print-sheet').waitFor();
    expect(await overflow(page)).toBe(0);
    await page.context().close();
  });

  it("creates the next quarter from the one before, and a region office enters its own region's figures", async () => {
    const admin = await newPage(e, 1366);
    await logIn(admin, department.username, department.password);
    await admin.goto('/quarterly/2562/4');
    await admin.getByTestId('quarterly-create-open').click();
    await admin.getByTestId('quarterly-create-submit').click();
    await admin.waitForURL('**/quarterly/2563/1');
    await expect
      .poll(() => admin.getByTestId('quarterly-title').textContent())
      .toBe('รายงานผลการปฏิบัติงานไตรมาส 1 (ตุลาคม – ธันวาคม 2562) ประจำปีงบประมาณ พ.ศ.2563');
    await expect.poll(() => admin.getByTestId('quarterly-kpi').count()).toBe(16);
    await expect(admin.getByTestId('quarterly-as-of').textContent()).resolves.toBe('ยังไม่ได้กำหนดวันที่ของข้อมูล');
    await expect(
      admin.locator('[data-kpi="2"]').getByTestId('quarterly-measures').textContent(),
    ).resolves.toContain('โครงการบ้านมั่นคง (2.1)');

    const north = await makeUser(e.handle, 'province_staff', 'CODI-N');
    const office = await newPage(e, 390);
    await logIn(office, north.username, north.password);
    await office.goto('/quarterly');
    await office.getByTestId('quarterly-region-own').click();
    await office.getByTestId('quarterly-region-entry').waitFor();
    const row = office.locator('[data-testid="quarterly-region-kpi"][data-kpi="1.1"]');
    await row.getByTestId('quarterly-region-result').fill('๓๐');
    await row.getByTestId('quarterly-region-narrative').fill('จัดทำแผนพัฒนาชุมชนท้องถิ่นแล้ว 30 ตำบล');
    await office.getByTestId('quarterly-region-save').click();
    await office.getByTestId('quarterly-region-saved').waitFor();
    expect(await overflow(office)).toBe(0);
    // Another region's page reads only
    await office.goto('/quarterly/2563/1/regions/NE');
    await office.getByTestId('quarterly-region-read-only').waitFor();
    await office.context().close();

    await admin.reload();
    const status = admin.locator('[data-testid="quarterly-region-status"] [data-region="N"]');
    await expect.poll(() => status.textContent()).toContain('บันทึกแล้ว 1 จาก 5 ตัวชี้วัด');
    await expect(
      admin.locator('[data-kpi="1.1"]').getByTestId('quarterly-region-narrative-shown').textContent(),
    ).resolves.toContain('จัดทำแผนพัฒนาชุมชนท้องถิ่นแล้ว 30 ตำบล');
    await admin.context().close();
  });
});
