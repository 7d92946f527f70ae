import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type Account = Awaited<ReturnType<typeof loadDemo>>[number];

describe.each(browserEngines())('the meeting minutes in the browser on %s', (engine) => {
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

  it('creates the next minutes after the demo’s 8/2565, adds an item with the budget table, finishes and prints it, and lists it on a phone', async () => {
    const password = accounts.find((a) => a.username === 'chachoengsao.admin')?.password ?? '';
    const page = await newPage(e, 1366);
    await logIn(page, 'chachoengsao.admin', password);
    await page.getByTestId('nav-minutes').click();
    await expect.poll(() => page.getByTestId('minutes-card').count()).toBe(1);
    expect(await page.getByTestId('minutes-card').textContent()).toContain('ครั้งที่ 8/2565');

    // Seed 003 printed: agenda 3's presenters open their runs with the real counts (the seed said 14 and 7 for 12
    // and 4), every resolution, and agenda 6 announcing September's meeting as 9/2565 (the seed wrote 8/2565).
    await page.getByTestId('minutes-card').click();
    await page.getByTestId('minutes-print').click();
    await page.getByTestId('print-minutes').waitFor();
    const intros = await page.getByTestId('print-minutes-presenter').allTextContents();
    expect(intros).toContain(
      'นางสร้อยชัช โปธิชัยโย ผอ.กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน แจ้งเรื่องสืบเนื่อง จำนวน ๑๒ เรื่อง ดังนี้',
    );
    expect(intros).toHaveLength(8);
    expect(await page.getByTestId('print-minutes-next').textContent()).toBe(
      'เรื่องกำหนดการประชุมครั้งต่อไป ครั้งที่ ๙/๒๕๖๕ ประจำเดือน กันยายน ๒๕๖๕',
    );
    expect(await page.getByText('มติที่ประชุม', { exact: true }).count()).toBe(41);
    await page.goto('/minutes');

    await page.getByTestId('minutes-new').click();
    await page.getByTestId('minutes-new-date').fill('28/9/2565');
    await expect.poll(() => page.getByTestId('minutes-next-number').textContent()).toContain('9/2565');
    await page.getByTestId('minutes-create').click();
    await expect.poll(() => page.getByTestId('minutes-number').textContent()).toBe('ครั้งที่ 9/2565');
    // The last meeting's 28 attendees came along.
    expect(await page.getByTestId('minutes-attendees').textContent()).toContain('(28)');
    // Agenda 2 certifies the previous minutes and links to them.
    expect(await page.getByTestId('minutes-previous-link').textContent()).toBe(
      'เปิดรายงานการประชุมครั้งที่ 8/2565',
    );
    expect(await page.getByTestId('minutes-agenda-2').textContent()).toContain(
      'รับรองรายงานการประชุมครั้งที่ 8/2565 เมื่อวันที่ 31 สิงหาคม 2565',
    );

    // The last attendee did not come this time: moved to the absentees with a reason from the list.
    await page.getByTestId('minutes-attendee-absent').last().click();
    expect(await page.getByTestId('minutes-attendees').textContent()).toContain('(27)');
    await page.getByTestId('minutes-absentee-reason').fill('ไปราชการ');

    await page.getByTestId('minutes-add-item-3').click();
    const item = page.getByTestId('minutes-agenda-3').getByTestId('minutes-item');
    await item.getByTestId('minutes-item-heading').fill('รายงานความก้าวหน้าผลการเบิกจ่ายงบประมาณ');
    await item.getByTestId('minutes-insert-budget').click();
    const table = item.getByTestId('minutes-table-budget');
    await expect.poll(() => table.locator('tr').last().textContent()).toContain('89.30');
    await page.getByTestId('minutes-taker-name').fill('นางสาวอภิสรารธรรม์ สุรกุลธนาสิทธิ์');
    await page.getByTestId('minutes-taker-position').fill('เจ้าพนักงานธุรการชำนาญงาน');
    await page.getByTestId('minutes-reviewer-name').fill('นางอังคณา จิตรวิไลย');
    await page
      .getByTestId('minutes-reviewer-position')
      .fill('ผู้อำนวยการกลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน');
    await page.getByTestId('minutes-finish').click();
    await page.getByTestId('minutes-finish-confirm').click();
    await expect.poll(() => page.getByTestId('minutes-status').textContent()).toBe('จบแล้ว');
    expect(await page.getByTestId('minutes-locked').isVisible()).toBe(true);

    await page.getByTestId('minutes-print').click();
    await page.getByTestId('print-minutes').waitFor();
    expect(await page.getByTestId('print-minutes-number').textContent()).toBe('ครั้งที่ ๙/๒๕๖๕');
    expect(await page.getByTestId('print-minutes-absentee').textContent()).toBe(
      '๑. นายมติภูมิ สีณหสกุล นักพัฒนาชุมชน (ไปราชการ)',
    );
    expect(await page.getByTestId('print-minutes-table').locator('tr').last().textContent()).toContain(
      '๘๙.๓๐',
    );
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const phone = await newPage(e, 390);
    await logIn(phone, 'chachoengsao.admin', password);
    await phone.goto('/minutes');
    await expect.poll(() => phone.getByTestId('minutes-card').count()).toBe(2);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
