import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import { makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

/** A code name a Thai user should never read: a lower-case ASCII word of 4+ letters ("disbursed", "kpi_set"). */
const IDENTIFIER = /\b[a-z_]{4,}\b/g;

describe.each(browserEngines())('KPI set pages in the browser on %s', (engine) => {
  let e: E2e;
  let yalaSetId: number;

  beforeAll(async () => {
    e = await startE2e(engine);
    const load = (file: string) => loadKpiSetFile(e.handle.db, readKpiSetFile(path.join(KPI_SET_DIR, file)));
    yalaSetId = (await load('fy2568-r2-yala.json')).kpiSetId;
    await load('fy2567-r1-chachoengsao.json');
  });
  afterAll(() => e.close());

  it('opens on the latest year with sets for the unit, and shows a set without English, code names or JSON', async () => {
    const officer = await makeUser(e.handle, 'district_officer', '9501');
    const page = await newPage(e, 390);
    await logIn(page, officer.username, officer.password);
    await page.goto('/kpis');
    await page.getByTestId('kpi-set-table').waitFor();
    expect(await page.getByTestId('fiscal-year-select').inputValue()).toBe('ปีงบประมาณ พ.ศ. 2568');
    expect(await page.getByTestId('kpi-set-link').allTextContents()).toEqual([
      'ตัวชี้วัดและค่าเป้าหมายการประเมินผลการปฏิบัติราชการ รอบการประเมินที่ ๒/๒๕๖๘ จังหวัดยะลา',
    ]);

    await page.getByTestId('kpi-set-link').click();
    await page.getByTestId('kpi-set-name').waitFor();
    const card = page.locator('[data-testid="kpi-card"][data-key="T1"]');
    await card.getByRole('button').first().click();
    const words = card.getByTestId('kpi-formula-words');
    await words.waitFor();
    expect(await words.textContent()).toContain(
      '(เบิกจ่าย + ใบสั่งซื้อ/สั่งจ้าง) × 100 ÷ (งบที่ได้รับจัดสรร − งบที่ส่งคืนกรมฯ)',
    );
    const text = await page.locator('main').innerText();
    expect(text.match(IDENTIFIER) ?? []).toEqual([]);
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toContain('Seed');
    expect(await page.getByTestId('kpi-set-source').count()).toBe(0);
    expect(await page.getByTestId('kpi-add').count()).toBe(0);

    // The public calculator, opened from inside the app, leads back home rather than to the login.
    await page.getByTestId('kpi-set-back').click();
    await page.getByTestId('kpi-calculator-link').click();
    await page.getByTestId('calc-home').waitFor();
    expect(await page.getByTestId('calc-login').count()).toBe(0);
  });

  it('folds the source note away for the province admin, in Thai, until asked', async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e);
    await logIn(page, admin.username, admin.password);
    await page.goto(`/kpi-sets/${yalaSetId}`);
    const source = page.getByTestId('kpi-set-source');
    await source.waitFor();
    expect(await source.innerText()).toBe('ที่มาของข้อมูล');
    expect(await page.getByTestId('kpi-set-source-text').isVisible()).toBe(false);
    await source.getByRole('button').click();
    await expect.poll(() => page.getByTestId('kpi-set-source-text').isVisible()).toBe(true);
  });

  it('computes the formula live in the editor from sample values: 001 T3, 1.4775 % → level 5', async () => {
    const staff = await makeUser(e.handle, 'province_staff', '95-G1');
    const page = await newPage(e);
    await logIn(page, staff.username, staff.password);
    const kpis = (await (await page.request.get(`/api/kpi-sets/${yalaSetId}`)).json()).kpis as {
      id: number;
      key: string;
    }[];
    const t3 = kpis.find((kpi) => kpi.key === 'T3');
    await page.goto(`/kpi-sets/${yalaSetId}/kpis/${t3?.id}/edit`);
    const editor = page.getByTestId('formula-editor');
    await editor.waitFor();
    expect(await editor.getByTestId('formula-input-label').nth(0).inputValue()).toContain('หนี้เกินกำหนดชำระ');
    expect(await editor.getByTestId('formula-expression').inputValue()).toBe('overdue * 100 / outstanding');
    await editor.getByTestId('formula-input-sample').nth(0).fill('489204.87');
    await editor.getByTestId('formula-input-sample').nth(1).fill('๓๓๑๐๙๓๒๓.๑๘');
    await expect.poll(() => editor.getByTestId('formula-preview-value').textContent()).toBe('1.4775');
    expect(await editor.getByTestId('formula-preview-level').getAttribute('data-level')).toBe('5');
    expect(await editor.getByTestId('formula-preview-words').textContent()).toBe(
      'หนี้เกินกำหนดชำระ (B) × 100 ÷ ลูกหนี้คงเหลือ (A)',
    );

    await editor.getByTestId('formula-input-sample').nth(1).fill('0');
    await expect
      .poll(() => editor.getByTestId('formula-preview-problems').textContent())
      .toBe('หารด้วยศูนย์ไม่ได้: ตัวหาร ลูกหนี้คงเหลือ (A) มีค่าเป็น 0');
    expect(await page.getByTestId('kpi-formula-json').count()).toBe(0);
  });

  it('edits composite criteria in a form, not JSON, and saves them with their ids (001 I1)', async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e, 390);
    await logIn(page, admin.username, admin.password);
    type Card = { id: number; key: string; criteria: { measures: { id: string; label: string }[] } };
    const cards = async () =>
      (await (await page.request.get(`/api/kpi-sets/${yalaSetId}`)).json()).kpis as Card[];
    const before = (await cards()).find((kpi) => kpi.key === 'I1') as Card;
    await page.goto(`/kpi-sets/${yalaSetId}/kpis/${before.id}/edit`);
    const editor = page.getByTestId('composite-editor');
    await editor.waitFor();
    expect(await editor.getByTestId('composite-measure').count()).toBe(3);
    expect(await page.getByTestId('criteria-json').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await editor.getByTestId('composite-measure-label').nth(2).fill('การเผยแพร่ผ่านสื่อออนไลน์ (ครั้ง/เดือน)');
    await page.getByTestId('kpi-save').click();
    await page.getByTestId('kpi-set-name').waitFor();
    const after = (await cards()).find((kpi) => kpi.key === 'I1') as Card;
    expect(after.criteria.measures.map((m) => m.id)).toEqual(before.criteria.measures.map((m) => m.id));
    expect(after.criteria.measures[2]?.label).toBe('การเผยแพร่ผ่านสื่อออนไลน์ (ครั้ง/เดือน)');
    await page.context().close();
  });

  it('prints the booklet with the first card starting on page 1 and no stray Thai marks at a page foot', async () => {
    const viewer = await makeUser(e.handle, 'viewer', '95');
    const page = await newPage(e);
    await logIn(page, viewer.username, viewer.password);
    await page.goto(`/print/kpi-sets/${yalaSetId}/booklet`);
    await expect.poll(() => page.getByTestId('booklet-card').count()).toBe(13);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'booklet-'));
    const file = path.join(dir, 'booklet.pdf');
    try {
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
      const pages = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f').slice(0, -1);
      expect(pages.length).toBeGreaterThan(13);
      // Page 1 holds the title and the definition of T1 (001 L129–140), not the title alone.
      const first = pages[0] ?? '';
      expect(first).toContain('ตัวชี้วัดที่ ๑ : ร้อยละของการใช้จ่ายงบประมาณ');
      expect(first).toContain('คำนิยาม');
      expect(first.split('\n').filter((line) => line.trim() !== '').length).toBeGreaterThan(20);
      // A page's last line is text, never a lone "ชี้" or "้" painted from the next page's first line.
      const feet = pages.map((text) => text.trimEnd().split('\n').at(-1)?.trim() ?? '');
      expect(
        feet.filter((foot) => /^[\u0E01-\u0E2E]?[\u0E31\u0E34-\u0E37\u0E47-\u0E4E]+$/.test(foot)),
      ).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await page.context().close();
    }
  });
});
