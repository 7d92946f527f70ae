import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type Account = Awaited<ReturnType<typeof loadDemo>>[number];

const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];
const thaiDigits = (text: string) => text.replace(/[0-9]/g, (d) => '๐๑๒๓๔๕๖๗๘๙'.charAt(Number(d)));

describe.each(browserEngines())('the visit plans in the browser on %s', (engine) => {
  let e: E2e;
  let accounts: Account[];
  const password = (username: string) => accounts.find((a) => a.username === username)?.password ?? '';

  beforeAll(async () => {
    e = await startE2e(engine);
    accounts = await loadDemo(e.handle.db);
    await loadDemoKpiSets(e.handle.db, new Date('2026-11-20T05:00:00Z'));
  });
  afterAll(async () => {
    await e?.close();
  });

  it('plans a month: two visits with topics, the letter, saved, finished and locked, then both printouts', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, 'ubon.admin', password('ubon.admin'));
    await page.getByTestId('nav-visits').click();
    // Seed 000's July 2566 plan is the demo's.
    await expect.poll(() => page.getByTestId('visits-card').count()).toBe(1);
    expect(await page.getByTestId('visits-card').textContent()).toContain('แผนเดือนกรกฎาคม 2566');

    await page.getByTestId('visits-new').click();
    const month =
      (await page.getByTestId('visits-new-form').getByTestId('month-picker').getAttribute('data-month')) ??
      '';
    const [year = 0, monthNo = 1] = month.split('-').map(Number);
    const monthTh = `${THAI_MONTHS[monthNo - 1]} ${year + 543}`;
    await page.getByTestId('visits-create').click();
    await expect.poll(() => page.getByTestId('visits-plan-title').textContent()).toBe(`แผนเดือน${monthTh}`);
    expect(await page.getByTestId('visits-no-rows').isVisible()).toBe(true);

    // A first visit: the strategy work group to Warin Chamrap on the 10th, 09.00–12.00, with two of the topics.
    await page.getByTestId('visits-add-row').click();
    const first = page.getByTestId('visits-row').nth(0);
    await first.getByTestId('visits-row-work-group').click();
    await page.getByRole('option', { name: 'กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน' }).click();
    await first.getByTestId('visits-row-activity').fill('ติดตามผลการดำเนินงานกองทุนหมู่บ้านและชุมชนเมือง');
    await first.getByTestId('visits-row-date').fill(`10/${monthNo}/${year + 543}`);
    await first.getByTestId('visits-row-time-to').fill('12.00');
    await first.getByTestId('visits-row-district').click();
    await page.getByRole('option', { name: 'วารินชำราบ' }).click();
    await first.getByTestId('visits-topic-select').click();
    await page.getByRole('option', { name: 'การดำเนินงานของกองทุนหมู่บ้านและชุมชนเมือง' }).click();
    await first.getByTestId('visits-topic-select').click();
    await page.getByRole('option', { name: 'การขับเคลื่อนตำบลเข้มแข็งตามหลักปรัชญาของเศรษฐกิจพอเพียง' }).click();
    expect(await first.getByTestId('visits-row-topic').count()).toBe(2);

    // A second visit carries the first one's activity and topics; a bad time is refused with the row named.
    await page.getByTestId('visits-add-row').click();
    const second = page.getByTestId('visits-row').nth(1);
    expect(await second.getByTestId('visits-row-activity').inputValue()).toBe(
      'ติดตามผลการดำเนินงานกองทุนหมู่บ้านและชุมชนเมือง',
    );
    expect(await second.getByTestId('visits-row-topic').count()).toBe(2);
    await second.getByTestId('visits-row-date').fill(`11/${monthNo}/${year + 543}`);
    await second.getByTestId('visits-row-time-from').fill('25.00');
    await second.getByTestId('visits-row-district').click();
    await page.getByRole('option', { name: 'ดอนมดแดง' }).click();
    await page.getByTestId('visits-save').click();
    await expect
      .poll(() => page.getByTestId('error-alert').textContent())
      .toContain('แถวที่ 2: เวลาเริ่มต้องเป็นเวลา ชั่วโมง.นาที');
    await second.getByTestId('visits-row-time-from').fill('13.30');

    // The letter: number, date, addressees from the visits, signer.
    await page.getByTestId('visits-letter-number').fill('อบ 0019/ว 1234');
    await page.getByTestId('visits-letter-date').fill(`5/${monthNo}/${year + 543}`);
    await page.getByTestId('visits-letter-to-rows').click();
    expect(await page.getByTestId('visits-letter-to').inputValue()).toBe('พัฒนาการอำเภอวารินชำราบ และดอนมดแดง');
    await page.getByTestId('visits-letter-signer').fill('นางสาววิจิตร หลงชิน');
    await page.getByTestId('visits-save').click();
    await page.getByTestId('visits-saved').waitFor();

    await page.reload();
    await expect.poll(() => page.getByTestId('visits-row').count()).toBe(2);
    expect(await page.getByTestId('visits-row').nth(1).getByTestId('visits-row-place').inputValue()).toBe(
      'พื้นที่อำเภอดอนมดแดง',
    );
    expect(await page.getByTestId('visits-row-follow-up').first().getAttribute('href')).toBe(
      `/follow-ups/new?unit=3415&date=${month}-10`,
    );

    await page.getByTestId('visits-finish').click();
    await page.getByTestId('visits-finish-confirm').click();
    await expect.poll(() => page.getByTestId('visits-status').first().textContent()).toBe('จบแล้ว');
    expect(await page.getByTestId('visits-locked').isVisible()).toBe(true);
    expect(await page.getByTestId('visits-save').count()).toBe(0);

    await page.getByTestId('visits-print-letter').click();
    await page.getByTestId('print-visits-letter').waitFor();
    expect(await page.getByTestId('print-letter-number').textContent()).toBe('ที่ อบ ๐๐๑๙/ว ๑๒๓๔');
    expect(await page.getByTestId('print-letter-date').textContent()).toBe(thaiDigits(`5 ${monthTh}`));
    expect(await page.getByTestId('print-letter-subject').textContent()).toBe(
      `เรื่องการติดตามผลการขับเคลื่อนการดำเนินงานตามแผนปฏิบัติการประจำเดือน${thaiDigits(monthTh)} และกองทุนหมู่บ้านและชุมชนเมือง`,
    );
    expect(await page.getByTestId('print-letter-to').textContent()).toBe(
      'เรียนพัฒนาการอำเภอวารินชำราบ และดอนมดแดง',
    );
    expect(await page.getByTestId('print-letter-attachments').textContent()).toContain(
      '๓. แบบติดตามผลการดำเนินงานฯ',
    );
    expect(await page.getByTestId('print-letter-sign').textContent()).toContain('(นางสาววิจิตร หลงชิน)');
    const letterPdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    expect(letterPdf.subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByTestId('print-back').click();
    await page.getByTestId('visits-print-plan').click();
    await page.getByTestId('print-visits-plan').waitFor();
    expect(await page.getByTestId('print-plan-title').textContent()).toBe(
      `แผนปฏิบัติงานสำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี ประจำเดือน${monthTh}`,
    );
    const entries = page.getByTestId('print-plan-entry');
    expect(await entries.count()).toBe(1);
    const entry = (await entries.textContent()) ?? '';
    expect(entry).toContain('กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน');
    expect(entry).toContain(`10 ${monthTh}`);
    expect(entry).toContain('พื้นที่อำเภอวารินชำราบ (09.00–12.00น.)');
    expect(entry).toContain('พื้นที่อำเภอดอนมดแดง (13.30น.)');
    const topics = (await page.getByTestId('print-visits-topics').textContent()) ?? '';
    expect(topics).toContain('๒. การขับเคลื่อนตำบลเข้มแข็งตามหลักปรัชญาของเศรษฐกิจพอเพียง');
    expect(topics).toContain('๕) ข้อเสนอแนะ');
    const planPdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    expect(planPdf.subarray(0, 5).toString()).toBe('%PDF-');

    // A finished plan is changed through a new version; the finished one stays as it was.
    await page.getByTestId('print-back').click();
    await page.getByTestId('visits-amend').click();
    await page.getByTestId('visits-amend-reason').fill('เพิ่มการลงพื้นที่อำเภอเมือง');
    await page.getByTestId('visits-amend-confirm').click();
    await expect.poll(() => page.getByTestId('visits-status').first().textContent()).toBe('ร่าง · ฉบับที่ 2');
    expect(await page.getByTestId('visits-row').count()).toBe(2);
    expect(await page.getByTestId('visits-save').isEnabled()).toBe(true);
  });

  it('shows the Warin Chamrap officer the plans that visit the district, read only, on a phone', async () => {
    const phone = await newPage(e, 390);
    await logIn(phone, 'ubon.warin', password('ubon.warin'));
    await phone.goto('/visits');
    await expect.poll(() => phone.getByTestId('visits-card').count()).toBeGreaterThanOrEqual(1);
    expect(await phone.getByTestId('visits-new').count()).toBe(0);
    await phone.getByTestId('visits-card').last().click();
    await phone.getByTestId('visits-row').first().waitFor();
    expect(await phone.getByTestId('visits-save').count()).toBe(0);
    expect(await phone.getByTestId('visits-row-activity').first().isDisabled()).toBe(true);
    // The province fills the follow-up forms: a district is not offered one it could not save.
    expect(await phone.getByTestId('visits-row-follow-up').count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.goto('/follow-ups/new?unit=3415&date=2023-07-27');
    expect(await phone.getByTestId('follow-up-read-only').textContent()).toContain('สำนักงานพัฒนาชุมชนจังหวัด');
    expect(await phone.getByTestId('follow-up-start').count()).toBe(0);
  });
});
