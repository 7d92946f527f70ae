import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCriteria, makeKpiSet } from '../factories.ts';
import { loginEach, makeUser } from '../helpers.ts';
import { monthlyReport, openReport, reportConfig, TestClock } from '../report-fixtures.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type User = Awaited<ReturnType<typeof makeUser>>;

const REASON = 'จำนวนครัวเรือนไม่ตรงกับทะเบียน';
const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe.each(browserEngines())('the home page per role in the browser, on %s', (engine) => {
  // Sunday 6 December 2026 (2569), 10:00 in Bangkok; the December report is due on the 10th.
  const clock = new TestClock('2026-12-06T03:00:00Z');
  const files = reportConfig(clock);
  let e: E2e;
  let admin: User;
  let mueang: User;
  let betong: User;
  let department: User;
  let returnedId: number;
  let waitingId: number;
  let agreementId: number;

  beforeAll(async () => {
    e = await startE2e(engine, files.overrides);
    const staffUser = await makeUser(e.handle, 'province_staff', '95-G1');
    [admin, mueang, betong, department] = await Promise.all([
      makeUser(e.handle, 'province_admin', '95'),
      makeUser(e.handle, 'district_officer', '9501'),
      makeUser(e.handle, 'district_officer', '9502'),
      makeUser(e.handle, 'department_admin', 'CDD'),
    ]);
    const [staff, pdo, ddo, bto] = await loginEach(e.app, [staffUser, admin, mueang, betong] as const);
    const type = await staff.send(
      'POST',
      '/api/reports/types',
      monthlyReport('95', {
        fields: [{ id: 'households', kind: 'number', labelTh: 'จำนวนครัวเรือน', required: true }],
      }),
    );
    const typeId: number = type.json().reportType.id;
    const sent = async (who: typeof ddo, unit: string, month: string) => {
      const { id } = await openReport(who, typeId, unit, month);
      await who.send('PUT', `/api/reports/submissions/${id}/draft`, { values: { households: '4' } });
      const res = await who.send('POST', `/api/reports/submissions/${id}/submit`);
      if (res.statusCode !== 200) throw new Error(res.body);
      return id as number;
    };
    clock.set('2026-11-05T03:00:00Z');
    returnedId = await sent(ddo, '9501', '2026-11');
    await pdo.send('POST', `/api/reports/submissions/${returnedId}/return`, { reason: REASON });
    clock.set('2026-12-06T03:00:00Z');
    waitingId = await sent(bto, '9502', '2026-12');

    const set = await makeKpiSet(e.handle, '95', 2569, 1, [
      { key: 'T1', kind: 'team', nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ', criteria: budgetCriteria },
    ]);
    const created = await staff.send('POST', '/api/agreements', {
      kpiSetId: set.id,
      pair: 'province_district',
      agentCode: '9501',
      items: [{ kpiId: set.kpiIds.T1, weight: '100' }],
    });
    agreementId = created.json().agreement.id;
    await ddo.send('PUT', '/api/kpi-results', {
      kpiId: set.kpiIds.T1,
      unitCode: '9501',
      value: '89.30',
      asOf: '2026-03-31',
    });
  });
  afterAll(async () => {
    await e.close();
    files.cleanup();
  });

  async function home(user: User, width: number): Promise<Page> {
    const page = await newPage(e, width);
    await page.clock.setFixedTime(clock.now);
    await logIn(page, user.username, user.password);
    await page.waitForSelector('[data-testid^="home-block-"]');
    return page;
  }

  /** Nothing is cut off sideways: the page is no wider than the screen. */
  const fits = async (page: Page, width: number) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  for (const width of [1366, 390]) {
    it(`shows a district officer what to do now at ${width} px, each item linked where it is done`, async () => {
      const page = await home(mueang, width);
      const reports = page.getByTestId('home-block-reports');
      expect(await text(reports)).toContain('รายงานที่ต้องส่งเดือนธันวาคม 2569');
      expect(await text(reports.getByTestId('home-countdown'))).toBe('อีก 4 วัน');
      expect(await text(reports.getByTestId('home-report-state'))).toBe('ยังไม่ส่ง');
      const returned = page.getByTestId('home-block-returned');
      expect(await text(returned.getByTestId('home-block-returned-count'))).toBe('1');
      expect(await text(returned.getByTestId('home-returned'))).toContain(`เหตุผล: ${REASON}`);
      const kpi = page.getByTestId('home-block-agreement').getByTestId('home-kpi');
      expect(await text(kpi.getByTestId('home-kpi-level'))).toBe('ระดับ 2');
      expect(await text(kpi.getByTestId('home-kpi-next'))).toBe('ต้องได้ไม่น้อยกว่า 90 จึงจะได้ระดับ 3');
      expect(await text(page.getByTestId('home-block-notifications'))).toContain('ถูกส่งคืนให้แก้ไข');
      // When the server read the blocks (they may come from its short-lived cache): 03:00 UTC is 10:00 in Bangkok.
      expect(await text(page.getByTestId('as-of'))).toMatch(/^ข้อมูล ณ เวลา .*2569.*10:00/);
      await fits(page, width);

      await returned.getByTestId('home-returned').getByRole('link').click();
      await page.waitForURL(new RegExp(`/reports/submissions/${returnedId}$`));
      await page.goBack();
      await page.getByTestId('home-block-agreement-link').click();
      await page.waitForURL(new RegExp(`/agreements/${agreementId}$`));
      await page.goBack();
      await page.getByTestId('home-block-reports-link').click();
      await page.waitForURL(/\/reports\?unit=9501&month=2026-12$/);
      await page.context().close();
    });

    it(`tells a district with nothing returned and no agreement what comes next at ${width} px`, async () => {
      const page = await home(betong, width);
      expect(await text(page.getByTestId('home-empty-returned'))).toContain('ไม่มีรายงานที่ถูกส่งกลับ');
      expect(await text(page.getByTestId('home-empty-agreement'))).toContain('จังหวัดจัดทำคำรับรองที่เมนู ตัวชี้วัด');
      expect(await text(page.getByTestId('home-report-state'))).toBe('ส่งแล้ว รอตรวจ');
      expect(await page.getByTestId('home-countdown').count()).toBe(0);
      expect(await text(page.locator('main'))).not.toContain('เมืองยะลา');
      await fits(page, width);
      await page.context().close();
    });

    it(`shows the province what waits for review and its districts' scores at ${width} px`, async () => {
      const page = await home(admin, width);
      const waiting = page.getByTestId('home-block-waiting');
      expect(await text(waiting.getByTestId('home-block-waiting-count'))).toBe('1');
      expect(await text(waiting.getByTestId('home-waiting'))).toContain('เบตง');
      expect(await text(page.getByTestId('home-empty-late'))).toBe(
        'ยังไม่มีอำเภอส่งช้า กำหนดส่งถัดไป 10 ธันวาคม 2569',
      );
      const score = page.getByTestId('home-block-scores').getByTestId('home-score');
      expect(await text(score)).toContain('เมืองยะลา');
      expect(await text(score.getByTestId('home-score-value'))).toBe('2.0000');
      expect(await text(page.getByTestId('home-empty-alerts'))).toContain('ยังไม่มีข้อมูลทะเบียน');
      await fits(page, width);

      await waiting.getByTestId('home-waiting').getByRole('link').click();
      await page.waitForURL(new RegExp(`/reports/submissions/${waitingId}$`));
      await page.goBack();
      await page.getByTestId('home-block-late-link').click();
      await page.waitForURL(/\/reports\/board\?province=95&month=2026-12$/);
      await page.context().close();
    });

    it(`lists the department's provinces, found by name, at ${width} px`, async () => {
      const page = await home(department, width);
      await expect.poll(() => page.getByTestId('home-province').count()).toBe(77);
      await page.getByTestId('home-provinces-search').fill('ยะลา');
      const yala = page.getByTestId('home-province');
      await expect.poll(() => yala.count()).toBe(1);
      expect(await text(yala)).toContain('8 อำเภอ');
      await fits(page, width);
      await yala.getByTestId('home-province-board').click();
      await page.waitForURL(/\/reports\/board\?province=95$/);
      await page.context().close();
    });
  }

  it('opens a notification from the menu on a phone, and names audit entries in Thai', async () => {
    const page = await home(mueang, 390);
    await page.getByTestId('nav-burger').click();
    expect(await text(page.getByTestId('nav-notifications-count'))).toBe('1');
    await page.getByTestId('nav-notifications').click();
    await page.waitForURL(/\/notifications$/);
    await page.getByTestId('notification-link').click();
    await page.waitForURL(new RegExp(`/reports/submissions/${returnedId}$`));
    await page.context().close();

    const audit = await home(admin, 1366);
    await audit.goto('/audit');
    const entities = audit.getByTestId('audit-entity');
    await expect.poll(() => entities.count()).toBeGreaterThan(0);
    const names = await entities.allTextContents();
    expect(names).toContain('ผลการดำเนินงานตามตัวชี้วัด');
    expect(names).toContain('รายงานของอำเภอ');
    for (const name of names) expect(name).not.toMatch(/[a-z_]/);
    const actions = await audit.getByTestId('audit-action').allTextContents();
    expect(actions).toContain('ส่งกลับแก้ไข');
    await audit.context().close();
  });
});
