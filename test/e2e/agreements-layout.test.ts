import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Decimal } from 'decimal.js';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../../src/modules/agreements/kpi-set-files.ts';
import { seedBudgetExample } from '../factories.ts';
import { loginEach, makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

const fromThai = (text: string) => text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
const sum = (values: string[]) => values.reduce((total, v) => total.plus(v), new Decimal(0)).toFixed(4);
const texts = async (locator: Locator) => (await locator.allTextContents()).map((t) => fromThai(t.trim()));

/** A Thai mark (above or below vowel, tone mark) with no consonant before it. */
const LONE_MARK = /(^|[^\u0e01-\u0e2e\u0e30-\u0e3a\u0e47-\u0e4e])[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/**
 * Ink that stands alone at the foot of a PDF page: the last run of inked pixel rows, at most 3 mm tall and 5 mm
 * wide, 15 mm or more below everything else: what a tone mark printed apart from its letter looks like.
 */
function loneInkAtFoot(pdf: string, pages: number): number[] {
  const found: number[] = [];
  const dpi = 100;
  const mm = dpi / 25.4;
  for (let page = 1; page <= pages; page++) {
    const prefix = `${pdf}-p${page}`;
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      pdf,
      prefix,
    ]);
    const image = fs.readFileSync(`${prefix}.pgm`);
    const [, w, h] = image.toString('latin1', 0, 20).split(/\s+/).map(Number) as [number, number, number];
    const pixels = image.subarray(image.length - w * h);
    const inked = (y: number) => {
      const xs: number[] = [];
      for (let x = 0; x < w; x++) if ((pixels[y * w + x] ?? 255) < 160) xs.push(x);
      return xs;
    };
    const runs: { top: number; bottom: number; left: number; right: number }[] = [];
    for (let y = 0; y < h; y++) {
      const xs = inked(y);
      if (xs.length === 0) continue;
      const last = runs.at(-1);
      const left = Math.min(...xs);
      const right = Math.max(...xs);
      if (last && y - last.bottom <= 2)
        Object.assign(last, {
          bottom: y,
          left: Math.min(last.left, left),
          right: Math.max(last.right, right),
        });
      else runs.push({ top: y, bottom: y, left, right });
    }
    const foot = runs.at(-1);
    const before = runs.at(-2);
    if (
      foot &&
      before &&
      foot.bottom - foot.top <= 3 * mm &&
      foot.right - foot.left <= 5 * mm &&
      foot.top - before.bottom >= 15 * mm
    )
      found.push(page);
  }
  return found;
}

async function pdfOf(page: Page, name: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-agreements-')), `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
  return { file, pages, text: execFileSync('pdftotext', ['-layout', file, '-']).toString() };
}

describe.each(browserEngines())('agreement pages at 1366 and 390 px on %s', (engine) => {
  let e: E2e;
  let ddo: { username: string; password: string };
  let agreementId: number;

  beforeAll(async () => {
    e = await startE2e(engine);
    const { kpiSetId } = await loadKpiSetFile(
      e.handle.db,
      readKpiSetFile(path.join(KPI_SET_DIR, 'fy2568-r2-yala.json')),
    );
    ddo = await makeUser(e.handle, 'district_officer', '9501');
    const [session] = await loginEach(e.app, [ddo]);
    if (!session) throw new Error('the district officer could not log in');
    const set = (await session.get(`/api/kpi-sets/${kpiSetId}`)).json();
    const kpi = (key: string) => set.kpis.find((k: { key: string }) => k.key === key).id;
    const put = (key: string, formula: Record<string, string>) =>
      session.send('PUT', '/api/kpi-results', {
        kpiId: kpi(key),
        unitCode: '9501',
        formula,
        asOf: '2025-09-30',
      });
    // 001 L235: the women's fund 1.48 % → level 5; 13,746,496.46 of 15,394,077.59 spent → 89.30 % → level 2.
    expect((await put('T3', { overdue: '489204.87', outstanding: '33109323.18' })).statusCode).toBe(200);
    expect((await put('T1', seedBudgetExample)).statusCode).toBe(200);
    const list = (await session.get(`/api/agreements?kpiSet=${kpiSetId}`)).json().items;
    agreementId = list.find((a: { agent: { code: string } }) => a.agent.code === '9501').id;
  });
  afterAll(() => e.close());

  it('opens the agreements page on the latest round that has agreements, not on the empty current year', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, ddo.username, ddo.password);
    await page.goto('/agreements');
    await expect.poll(() => page.getByTestId('agreements-year').inputValue()).toBe('ปีงบประมาณ พ.ศ. 2568');
    expect(await page.getByTestId('agreements-round').textContent()).toBe('รอบที่ 2');
    // The round is chosen before its agreements arrive: wait for the list, not only the selector.
    await expect.poll(() => page.getByTestId('agreement-link').count()).toBe(1);
    await page.getByTestId('agreement-link').click();
    await page.waitForURL(`**/agreements/${agreementId}`);
    await page.context().close();
  });

  it('fits 1366 px: no column clipped, rows add up to each list and the lists to the total by the stated rule', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, ddo.username, ddo.password);
    await page.goto(`/agreements/${agreementId}`);
    const t3 = page.locator('[data-testid="item-row"][data-kpi-key="T3"]');
    await expect.poll(() => t3.getByTestId('item-score').textContent()).toBe('5.0000');
    // T3 weighs 10 of the team's 100: 10 × 5 ÷ 100 = 0.5000 as it enters the team list.
    expect(await t3.getByTestId('item-contribution').textContent()).toBe('0.5000');

    for (const table of await page.getByTestId('agreement-table').all()) {
      const fits = await table.evaluate((el) => el.scrollWidth <= el.clientWidth);
      expect(fits).toBe(true);
      for (const cell of await table.locator('th, td').all()) {
        const box = await cell.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 1366).toBe(true);
      }
    }
    for (const badge of await page.getByTestId('item-level').all()) {
      const whole = await badge.evaluate((el) => {
        const label = el.querySelector('.mantine-Badge-label') ?? el;
        return label.scrollWidth <= label.clientWidth && !label.textContent?.includes('..');
      });
      expect(whole).toBe(true);
    }

    const lists: Record<string, string> = {};
    for (const id of ['team', 'individual']) {
      const section = page.getByTestId(`agreement-section-${id}`);
      const rows = await texts(section.getByTestId('item-contribution'));
      lists[id] = (await section.getByTestId('list-total-score').textContent()) ?? '';
      expect(sum(rows.filter((r) => r !== '—'))).toBe(lists[id]);
    }
    const total = (await page.getByTestId('total-score').textContent()) ?? '';
    expect(
      new Decimal(lists.team ?? '')
        .plus(lists.individual ?? '')
        .div(2)
        .toFixed(4, Decimal.ROUND_HALF_UP),
    ).toBe(total);
    expect(await page.getByTestId('total-rule').allTextContents()).toContain(
      `คะแนนรวม = (คะแนนตัวชี้วัดรายทีม + คะแนนตัวชี้วัดรายบุคคล) ÷ 2 = (${lists.team} + ${lists.individual}) ÷ 2 = ${total}`,
    );

    // The round ended on 30 September 2568: a result entered now is dated that day unless changed.
    await page.locator('[data-testid="item-row"][data-kpi-key="T2"]').getByTestId('result-open').click();
    expect(await page.getByTestId('result-as-of').inputValue()).toBe('30/9/2568');
    // The formula in Thai words, never its input keys (percent_sum / activity_count).
    const formula = (await page.getByTestId('result-formula').textContent()) ?? '';
    expect(formula).toContain('÷');
    expect(formula).not.toMatch(/[A-Za-z_]/);
    await page.context().close();
  });

  it('shows one card per KPI at 390 px with weight, level, score and weighted score inside the screen', async () => {
    const page = await newPage(e, 390);
    await logIn(page, ddo.username, ddo.password);
    await page.goto(`/agreements/${agreementId}`);
    const cards = page.getByTestId('item-row');
    await expect.poll(() => cards.count()).toBe(9);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const card of await cards.all()) {
      for (const id of ['item-weight', 'item-result', 'item-score', 'item-contribution']) {
        const target = card.getByTestId(id).first();
        if ((await target.count()) === 0) continue;
        const box = await target.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390, `${id} inside 390 px`).toBe(true);
      }
    }
    const t1 = page.locator('[data-testid="item-row"][data-kpi-key="T1"]');
    const level = await t1.getByTestId('item-level').boundingBox();
    expect(level && level.x + level.width <= 390).toBe(true);
    expect(await t1.getByTestId('item-level').textContent()).toBe('ระดับ 2');
    const t3Lines = (await page.locator('[data-testid="item-row"][data-kpi-key="T3"]').innerText()).split(
      '\n',
    );
    expect(t3Lines.map((line) => line.trim())).not.toContain('0');
    await page.context().close();
  });

  it("sets a project KPI's five levels in the builder with labelled inputs, no JSON, at 390 px", async () => {
    const staff = await makeUser(e.handle, 'province_staff', '95-G1');
    const page = await newPage(e, 390);
    await logIn(page, staff.username, staff.password);
    await page.goto(`/agreements/${agreementId}/edit`);
    const i6 = page.locator('[data-testid="builder-item"][data-kpi-key="I6"]');
    await i6.getByRole('button', { name: 'ค่าเป้าหมาย / เกณฑ์ของหน่วยงาน' }).click();
    expect(await page.locator('textarea').count()).toBe(0);
    const levels = i6.getByTestId('builder-item-threshold');
    for (const [i, value] of ['๑', '2', '3', '4', '5'].entries()) await levels.nth(i).fill(value);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('agreement-save').click();
    await page.waitForURL(`**/agreements/${agreementId}`);
    const row = page.locator('[data-testid="item-row"][data-kpi-key="I6"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).not.toContain('ยังไม่ได้กำหนดเกณฑ์ตามโครงการของหน่วยงาน');
    expect(await page.getByTestId('agreement-warning').count()).toBe(0);
    await page.context().close();
  });

  it('prints the summary and follow-up sheets with no lone tone mark and rows that add up, and previews them inside 390 px', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, ddo.username, ddo.password);

    await page.goto(`/print/agreements/${agreementId}/summary`);
    await expect.poll(() => page.getByTestId('summary-row').count()).toBe(9);
    const summary = await pdfOf(page, 'summary');
    expect(summary.pages).toBeGreaterThan(1);
    expect(summary.text).not.toMatch(LONE_MARK);
    expect(loneInkAtFoot(summary.file, summary.pages)).toEqual([]);
    for (const id of ['team', 'individual']) {
      const weights = await texts(
        page.getByTestId(`summary-${id}`).locator('[data-testid="summary-row"] td.num:nth-child(2)'),
      );
      const printed = fromThai(
        (await page.getByTestId(`summary-${id}`).getByTestId('summary-total').textContent()) ?? '',
      );
      expect(new Decimal(sum(weights)).toFixed()).toBe(printed);
    }
    // Without the room above headings the tone mark of "ตัวชี้วัด" prints alone at the foot of page 1.
    await page.addStyleTag({ content: '.print-sheet h3 { padding-top: 0 !important; }' });
    const before = await pdfOf(page, 'summary-before');
    expect(loneInkAtFoot(before.file, before.pages)).toEqual([1]);

    await page.goto(`/print/agreements/${agreementId}/follow-up`);
    await expect.poll(() => page.getByTestId('follow-up-row').count()).toBe(9);
    const followUp = await pdfOf(page, 'follow-up');
    expect(followUp.text).not.toMatch(LONE_MARK);
    expect(loneInkAtFoot(followUp.file, followUp.pages)).toEqual([]);
    const scores: string[] = [];
    for (const table of await page.getByTestId('follow-up-table').all()) {
      const rows = (await texts(table.getByTestId('follow-up-weighted'))).filter((r) => r !== '-');
      const listScore = fromThai((await table.getByTestId('follow-up-list-score').textContent()) ?? '');
      expect(sum(rows)).toBe(listScore);
      scores.push(listScore);
    }
    const total = fromThai((await page.getByTestId('follow-up-total-score').textContent()) ?? '');
    expect(scores).toHaveLength(2);
    expect(new Decimal(sum(scores)).div(2).toFixed(4, Decimal.ROUND_HALF_UP)).toBe(total);
    const rule = (await texts(page.getByTestId('follow-up-rule'))).join(' ');
    expect(rule).toContain(`= (${scores[0]} + ${scores[1]}) ÷ 2 = ${total}`);
    expect(fromThai(followUp.text).replace(/\s+/g, '')).toContain(`=(${scores[0]}+${scores[1]})÷2=${total}`);
    await page.context().close();

    const phone = await newPage(e, 390);
    await logIn(phone, ddo.username, ddo.password);
    for (const sheet of ['summary', 'follow-up']) {
      await phone.goto(`/print/agreements/${agreementId}/${sheet}`);
      await expect.poll(() => phone.getByTestId(`${sheet}-sheet`).count()).toBe(1);
      const box = await phone.getByTestId(`${sheet}-sheet`).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await phone.context().close();
  });
});
