import { crc32, deflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../helpers.ts';
import { reportConfig, TestClock } from '../report-fixtures.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

/** A real 8×8 RGB PNG, built byte by byte: signature, IHDR, one deflated IDAT, IEND. */
function png8x8(): Buffer {
  const size = 8;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, no interlace
  const rows = Buffer.alloc((1 + size * 3) * size);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1)
      rows.set([40 + x * 25, 160, 40 + y * 25], y * (1 + size * 3) + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const REPORT = 'รายงานความก้าวหน้าการดำเนินงานประจำเดือน';
const HOUSEHOLDS = 'จำนวนครัวเรือนที่ได้รับการพัฒนา';
const PHOTOS = 'ภาพกิจกรรม';
const RETURN_REASON = 'จำนวนครัวเรือนไม่ตรงกับทะเบียน กชช. 2ค กรุณาตรวจสอบ';

type User = Awaited<ReturnType<typeof makeUser>>;

const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe.each(browserEngines())('monthly reports in the browser on %s', (engine) => {
  // Monday 3 March 2025 (2568), 10:00 in Bangkok; the March report is due on Monday the 10th.
  const clock = new TestClock('2025-03-03T03:00:00Z');
  const files = reportConfig(clock);
  let e: E2e;
  let admin: User;
  let staff: User;
  let officer: User;

  beforeAll(async () => {
    e = await startE2e(engine, files.overrides);
    [admin, staff, officer] = await Promise.all([
      makeUser(e.handle, 'province_admin', '95'),
      makeUser(e.handle, 'province_staff', '95-G4'),
      makeUser(e.handle, 'district_officer', '9501'),
    ]);
  });
  afterAll(async () => {
    await e.close();
    files.cleanup();
  });

  /** A signed-in page whose browser clock reads the server's injected one, so "this month" agrees. */
  async function signedIn(user: { username: string; password: string }, width = 1280): Promise<Page> {
    const page = await newPage(e, width);
    await page.clock.setFixedTime(clock.now);
    await logIn(page, user.username, user.password);
    return page;
  }

  it('district submits with a photo, province returns, district resubmits, province approves', async () => {
    // 1. The province admin builds the monthly form: a required number and a photo field (at least 1).
    const pdo = await signedIn(admin);
    await pdo.getByTestId('nav-reports').click();
    await pdo.waitForURL(/\/reports\/board\?/);
    await pdo.getByTestId('reports-tab-types').click();
    await pdo.getByTestId('type-new').click();
    await pdo.getByTestId('type-name').fill(REPORT);
    await pdo.getByTestId('type-work-group').selectOption('95-G4');
    await pdo.getByTestId('type-officers').click();
    await pdo.getByRole('option', { name: new RegExp(staff.username) }).click();
    await pdo.keyboard.press('Escape');
    const first = pdo.getByTestId('type-field').nth(0);
    await first.getByTestId('type-field-label').fill(HOUSEHOLDS);
    await first.getByTestId('type-field-unit').fill('ครัวเรือน');
    await first.getByTestId('type-field-min').fill('0');
    await pdo.getByTestId('type-field-add').click();
    const second = pdo.getByTestId('type-field').nth(1);
    await second.getByTestId('type-field-kind').selectOption('photo');
    await second.getByTestId('type-field-label').fill(PHOTOS);
    expect(await second.getByTestId('type-field-min').inputValue()).toBe('1');
    await second.getByTestId('type-field-max').fill('๒');
    await pdo.getByTestId('type-due-day').selectOption('10');
    await pdo.getByTestId('type-save').click();
    await pdo.waitForURL(/\/reports\/types\?province=95$/);
    const listed = pdo.getByTestId('report-type');
    await expect.poll(() => listed.count()).toBe(1);
    expect(await text(listed.getByTestId('report-type-name'))).toBe(REPORT);
    expect(await text(listed.getByTestId('report-type-schedule'))).toBe('ทุกเดือน ภายในวันที่ 10 ของเดือนที่รายงาน');
    await pdo.context().close();

    // 2. The district, on a phone: the month's report with its B.E. due date and countdown.
    const ddo = await signedIn(officer, 375);
    await ddo.getByTestId('nav-burger').click();
    await ddo.getByTestId('nav-reports').click();
    await ddo.waitForURL(/\/reports$/);
    expect(await ddo.getByTestId('month-picker').getAttribute('data-month')).toBe('2025-03');
    const card = ddo.getByTestId('my-report');
    await expect.poll(() => card.count()).toBe(1);
    expect(await text(card.getByTestId('my-report-name'))).toBe(REPORT);
    expect(await text(card.getByTestId('my-report-due'))).toBe('กำหนดส่ง 10 มีนาคม 2568 (จ.)');
    expect(await text(card.getByTestId('my-report-countdown'))).toBe('อีก 7 วัน');
    expect(await text(card.getByTestId('report-state'))).toBe('ยังไม่ส่ง');
    expect(
      await ddo.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await card.getByTestId('my-report-open').click();
    await ddo.waitForURL(/\/reports\/submissions\/\d+$/);
    const submissionUrl = new URL(ddo.url()).pathname;
    expect(await text(ddo.getByTestId('submission-due'))).toBe('10 มีนาคม 2568 (จ.)');
    expect(await text(ddo.getByTestId('submission-period'))).toBe('มีนาคม 2568');

    // Sending an empty report: the server names every missing field, and nothing is sent.
    await ddo.getByTestId('submission-submit').click();
    await expect
      .poll(() => ddo.getByTestId('submit-problem').allTextContents())
      .toEqual([`กรุณากรอก "${HOUSEHOLDS}"`, `"${PHOTOS}" ต้องแนบรูปถ่ายอย่างน้อย 1 รูป (แนบแล้ว 0 รูป)`]);

    // Not a number: the draft is refused with the server's Thai message under the field.
    const households = ddo.locator('[data-testid="field-input"][data-field="f1"]');
    await households.fill('สิบสอง');
    await expect
      .poll(() => ddo.getByTestId('autosave-status').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('failed');
    expect(await ddo.getByText(`"${HOUSEHOLDS}" ต้องเป็นตัวเลข เช่น 12 หรือ 12.5 (ใช้เลขไทย ๑๒๓ ได้)`).count()).toBe(
      1,
    );

    // Thai digits are accepted and stored as a number; the draft saves itself.
    await households.fill('๑,๒๐๐');
    await expect
      .poll(() => text(ddo.getByTestId('autosave-status')), { timeout: 10_000 })
      .toBe('บันทึกร่างแล้ว เวลา 10:00:00 น.');
    expect(await text(ddo.getByTestId('field-saved-value'))).toBe('· บันทึกเป็น 1,200');

    // A text file posing as a photo is refused by content (415); a real PNG is taken, with a thumbnail.
    const photoInput = ddo.locator('[data-testid="attachment-input"][data-field="f2"]');
    await photoInput.setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('ไม่ใช่รูปภาพ'),
    });
    await expect
      .poll(() => text(ddo.getByTestId('attachment-error')))
      .toBe('ไฟล์ "notes.png" ไม่ใช่ JPEG, PNG, WebP (ตรวจจากเนื้อหาของไฟล์แล้วเป็นข้อความหรือไฟล์ชนิดที่ไม่รู้จัก)');
    await photoInput.setInputFiles({ name: 'activity.png', mimeType: 'image/png', buffer: png8x8() });
    const photos = ddo.locator('[data-testid="attachment-field"][data-field="f2"]');
    await expect.poll(() => text(photos.getByTestId('attachment-count'))).toBe('แนบแล้ว 1/2');
    const thumbnail = photos.getByTestId('attachment-thumbnail');
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(8);
    expect(await thumbnail.getAttribute('src')).toMatch(/^\/api\/reports\/files\/\d+\?variant=display$/);
    await ddo.getByTestId('submission-narrative').fill('จัดเวทีประชาคมครบทุกหมู่บ้าน');
    await ddo.getByTestId('submission-submit').click();
    await expect.poll(() => ddo.getByTestId('submission-page').getAttribute('data-status')).toBe('submitted');
    expect(await text(ddo.getByTestId('submission-state'))).toBe('ส่งแล้ว รอตรวจ');
    expect(await ddo.getByTestId('submission-form').count()).toBe(0);
    expect(await ddo.locator('[data-testid="field-value"][data-field="f1"]').getAttribute('data-value')).toBe(
      '1200',
    );
    expect(
      await ddo.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);

    // 3. The responsible province officer sees it on the board the next day, and returns it with a reason.
    clock.set('2025-03-04T02:00:00Z');
    const reviewer = await signedIn(staff);
    await expect.poll(() => reviewer.getByTestId('notification-count').getAttribute('data-count')).toBe('1');
    await reviewer.goto('/reports/board');
    const cell = reviewer.locator('[data-testid="board-cell"][data-unit="9501"]');
    await expect.poll(() => cell.getAttribute('data-state')).toBe('submitted');
    expect(await text(cell)).toBe('รอตรวจ—');
    expect(await reviewer.getByTestId('rates-expected').getAttribute('data-value')).toBe('8');
    expect(await text(reviewer.getByTestId('rates-submitted'))).toBe('ส่งแล้ว1 / 8ร้อยละ 12.50');
    await cell.click();
    await reviewer.waitForURL((url) => url.pathname === submissionUrl);
    const value = reviewer.locator('[data-testid="field-value"][data-field="f1"]');
    expect(await text(value.getByTestId('field-value-text'))).toBe('1,200 ครัวเรือน');
    await reviewer.getByTestId('review-reason').fill(RETURN_REASON);
    await reviewer.getByTestId('review-return').click();
    await expect
      .poll(() => reviewer.getByTestId('submission-page').getAttribute('data-status'))
      .toBe('returned');
    expect(await text(reviewer.getByTestId('submission-points'))).toBe('0/3 คะแนน');

    // 4. The district sees the reason first, corrects the value and sends it again.
    clock.set('2025-03-05T03:00:00Z');
    await ddo.clock.setFixedTime(clock.now);
    await ddo.reload();
    expect(await text(ddo.getByTestId('submission-return-reason'))).toBe(RETURN_REASON);
    expect(await text(ddo.getByTestId('submission-returned'))).toContain(`โดย ผู้ทดสอบ ${staff.username}`);
    const returned = ddo.locator('[data-testid="history-event"][data-action="return"]');
    expect(await text(returned.getByTestId('history-reason'))).toBe(`เหตุผล: ${RETURN_REASON}`);
    expect(await text(returned.getByTestId('history-when'))).toBe('4 มีนาคม 2568 09:00 น.');
    expect(await text(ddo.getByTestId('submission-submit'))).toBe('ส่งอีกครั้ง');
    await expect.poll(() => text(ddo.getByTestId('notification-count'))).toBe('1');
    await ddo.locator('[data-testid="field-input"][data-field="f1"]').fill('๑๑๘๐');
    await expect
      .poll(() => text(ddo.getByTestId('autosave-status')), { timeout: 10_000 })
      .toBe('บันทึกร่างแล้ว เวลา 10:00:00 น.');
    await ddo.getByTestId('submission-submit').click();
    await expect.poll(() => ddo.getByTestId('submission-page').getAttribute('data-status')).toBe('submitted');

    // 5. The province approves: locked, 0 points for a report once returned (seed 003: on time but not correct).
    clock.set('2025-03-06T03:00:00Z');
    await reviewer.clock.setFixedTime(clock.now);
    await reviewer.reload();
    expect(
      await reviewer.locator('[data-testid="field-value"][data-field="f1"]').getAttribute('data-value'),
    ).toBe('1180');
    await reviewer.getByTestId('review-approve').click();
    await expect
      .poll(() => reviewer.getByTestId('submission-page').getAttribute('data-status'))
      .toBe('approved');
    expect(await text(reviewer.getByTestId('submission-state'))).toBe('อนุมัติแล้ว หลังส่งกลับแก้ไข');
    expect(await reviewer.getByTestId('reopen-open').count()).toBe(1);
    expect(
      await reviewer
        .getByTestId('history-event')
        .evaluateAll((events) => events.map((n) => n.getAttribute('data-action'))),
    ).toEqual(['submit', 'return', 'resubmit', 'approve']);
    await reviewer.goto('/reports/board?month=2025-03');
    await expect.poll(() => cell.getAttribute('data-state')).toBe('approved-after-return');
    expect(await cell.getAttribute('data-colour')).toBe('red');
    expect(await cell.getAttribute('data-points')).toBe('0');
    expect(await text(cell)).toBe('อนุมัติ (เคยส่งกลับ)0 คะแนน');
    expect(await text(reviewer.getByTestId('rates-approved'))).toBe('อนุมัติแล้ว1 / 8ร้อยละ 12.50');
    expect(await text(reviewer.getByTestId('rates-on-time'))).toBe('ส่งตรงเวลา1 / 8ร้อยละ 12.50');
    await reviewer.getByTestId('reports-tab-league').click();
    const leagueRow = reviewer.locator('[data-testid="league-row"][data-unit="9501"]');
    await expect.poll(() => leagueRow.count()).toBe(1);
    expect(await text(leagueRow.getByTestId('league-score'))).toBe('0 / 3');
    expect(await text(leagueRow.getByTestId('league-percent'))).toBe('0.00');
    expect(await leagueRow.getAttribute('data-rank')).toBe('1');
    await reviewer.context().close();

    // 6. The district: read-only now, and the return notice waits in the notification centre.
    await ddo.reload();
    expect(await text(ddo.getByTestId('submission-approved'))).toContain('อนุมัติแล้ว รายงานถูกล็อก');
    expect(await ddo.getByTestId('submission-form').count()).toBe(0);
    expect(await text(ddo.getByTestId('submission-points'))).toBe('0/3 คะแนน');
    await expect.poll(() => text(ddo.getByTestId('notification-count'))).toBe('2');
    await ddo.getByTestId('notification-bell').click();
    await ddo.waitForURL(/\/notifications$/);
    const items = ddo.getByTestId('notification-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.getByTestId('notification-title').allTextContents()).toEqual([
      `${REPORT} ได้รับอนุมัติแล้ว`,
      `${REPORT} ถูกส่งคืนให้แก้ไข`,
    ]);
    expect(await text(items.nth(1).getByTestId('notification-body'))).toBe(
      `${REPORT} มีนาคม 2568 ของเมืองยะลา เหตุผล: ${RETURN_REASON}`,
    );
    expect(await text(items.nth(1).getByTestId('notification-time'))).toBe('4 มีนาคม 2568 09:00 น.');
    await ddo.getByTestId('notifications-read-all').click();
    await expect.poll(() => ddo.getByTestId('notification-count').getAttribute('data-count')).toBe('0');
    await expect
      .poll(() => items.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-read'))))
      .toEqual(['true', 'true']);
    await items.nth(1).getByTestId('notification-open').click();
    await ddo.waitForURL((url) => url.pathname === submissionUrl);
    await ddo.context().close();
  });

  // Uses the form the province admin built in the test above.
  it('moves a due date before the 1st of the month, and shows the server’s reason once the month has begun', async () => {
    clock.set('2025-03-06T03:00:00Z');
    const page = await signedIn(admin);
    await page.goto('/reports/board?month=2025-03');
    expect(await text(page.getByTestId('calendar-locked'))).toBe(
      'เปลี่ยนวันกำหนดส่งของเดือนนี้ไม่ได้แล้วต้องแจ้งเปลี่ยนกำหนดส่งรายงานของเดือนมีนาคม 2568 ก่อนวันที่ 1 มีนาคม 2568 (วันนี้คือวันที่ 6 มีนาคม 2568)',
    );
    expect(await page.getByTestId('calendar-change').isDisabled()).toBe(true);

    await page.getByTestId('month-next').click();
    await expect.poll(() => page.getByTestId('month-picker').getAttribute('data-month')).toBe('2025-04');
    expect(new URL(page.url()).searchParams.get('month')).toBe('2025-04');
    const entry = page.getByTestId('calendar-entry');
    await expect.poll(() => text(entry.getByTestId('calendar-due'))).toBe('10 เมษายน 2568 (พฤ.)');
    await entry.getByTestId('calendar-change').click();
    await entry.getByTestId('override-date').selectOption('2025-04-11');
    await entry.getByTestId('override-reason').fill('ตรงกับวันประชุมประจำเดือนของจังหวัด');
    await entry.getByTestId('override-save').click();
    await expect.poll(() => text(entry.getByTestId('calendar-due'))).toBe('11 เมษายน 2568 (ศ.)');
    expect(await text(entry.getByTestId('calendar-moved'))).toBe(
      'กำหนดเดิม 10 เมษายน 2568 · ตรงกับวันประชุมประจำเดือนของจังหวัด',
    );
    await expect
      .poll(() => text(page.getByTestId('board-column').first()))
      .toBe(`${REPORT}กำหนดส่ง 11 เมษายน 2568`);
    await page.context().close();
  });
});
