import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

const MUEANG_GROUP = `C${'0123456789abcdef'.repeat(2)}`;
const BETONG_GROUP = `C${'fedcba9876543210'.repeat(2)}`;
const LATER_GROUP = `C${'a'.repeat(32)}`;

const row = (page: Page, unit: string) => page.locator(`[data-testid="line-group-row"][data-unit="${unit}"]`);
const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

async function setGroup(page: Page, unit: string, groupId: string) {
  await row(page, unit).getByTestId('line-group-edit').click();
  await page.getByTestId('line-group-id').fill(groupId);
  await page.getByTestId('line-group-save').click();
}

/**
 * The LINE groups page: a province admin sets, changes and removes its districts' groups in the browser, a save from
 * a page opened before someone else's is refused with who saved and when, and a district officer has no such page.
 */
describe.each(browserEngines())('the LINE groups page on %s', (engine) => {
  let e: E2e;
  let admin: Awaited<ReturnType<typeof makeUser>>;
  let secondAdmin: Awaited<ReturnType<typeof makeUser>>;
  let officer: Awaited<ReturnType<typeof makeUser>>;
  let department: Awaited<ReturnType<typeof makeUser>>;
  const storedGroups = async () => {
    const session = await loginAs(e.app, admin.username, admin.password);
    const res = await session.get('/api/notifications/line-groups?unit=95');
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: { unitCode: string; groupId: string }[] }).items.map((g) => [
      g.unitCode,
      g.groupId,
    ]);
  };

  beforeAll(async () => {
    e = await startE2e(engine);
    [admin, secondAdmin, officer, department] = await Promise.all([
      makeUser(e.handle, 'province_admin', '95'),
      makeUser(e.handle, 'province_admin', '95'),
      makeUser(e.handle, 'district_officer', '9501'),
      makeUser(e.handle, 'department_admin', 'CDD'),
    ]);
  });
  afterAll(() => e.close());

  it('a province admin sets a district’s group, sees the server’s reason for a wrong id, and finds it after reload', async () => {
    for (const width of [390, 1366]) {
      const page = await newPage(e, width);
      await logIn(page, admin.username, admin.password);
      if (width === 390) await page.goto('/line-groups');
      else await page.getByTestId('nav-line-groups').click();
      await page.getByTestId('line-groups-list').waitFor();
      expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
      await page.context().close();
    }
    const page = await newPage(e, 1366);
    await logIn(page, admin.username, admin.password);
    await page.getByTestId('nav-line-groups').click();
    // The province and its districts, none with a group yet: the page says what to do first.
    await expect.poll(() => page.getByTestId('line-group-row').count()).toBeGreaterThan(2);
    expect(await page.getByTestId('line-group-row').first().getAttribute('data-unit')).toBe('95');
    expect(await page.getByTestId('line-groups-empty').textContent()).toContain('กำหนดกลุ่มไลน์');
    const help = (await page.getByTestId('line-groups-help').textContent()) ?? '';
    expect(help).toContain('เชิญบัญชีไลน์ทางการของระบบเข้าร่วมกลุ่มไลน์');
    expect(help).toContain('กระดิ่งแจ้งเตือนในระบบ');

    await setGroup(page, '9501', 'not-a-group');
    const refused = page.getByTestId('line-group-form');
    await expect
      .poll(() => refused.textContent())
      .toContain('รหัสกลุ่มไลน์ต้องขึ้นต้นด้วย C ตามด้วยตัวอักษร 0-9 a-f 32 ตัว');
    expect(await refused.textContent()).not.toContain('groupId');
    expect(await storedGroups()).toEqual([]);

    await page.getByTestId('line-group-id').fill(MUEANG_GROUP);
    await page.getByTestId('line-group-save').click();
    await expect
      .poll(() => row(page, '9501').getByTestId('line-group-value').textContent())
      .toContain('C0123…cdef');
    expect(await page.getByTestId('line-groups-empty').count()).toBe(0);
    await page.reload();
    await expect
      .poll(() => row(page, '9501').getByTestId('line-group-value').textContent())
      .toContain('C0123…cdef');
    expect(await row(page, '9502').getByTestId('line-group-none').textContent()).toBe('ยังไม่มีกลุ่มไลน์');
    expect(await storedGroups()).toEqual([['9501', MUEANG_GROUP]]);
    await page.context().close();
  });

  it('refuses a save from a page opened before another admin’s, names who saved, and reloads to the stored group', async () => {
    const [pageA, pageB] = await Promise.all([newPage(e, 1366), newPage(e, 390)]);
    await logIn(pageA, admin.username, admin.password);
    await logIn(pageB, secondAdmin.username, secondAdmin.password);
    await Promise.all([pageA.goto('/line-groups'), pageB.goto('/line-groups')]);
    await Promise.all([row(pageA, '9502').waitFor(), row(pageB, '9502').waitFor()]);

    await setGroup(pageA, '9502', BETONG_GROUP);
    await row(pageA, '9502').getByTestId('line-group-value').waitFor();

    await setGroup(pageB, '9502', LATER_GROUP);
    const message = pageB.getByTestId('stale-message');
    await message.waitFor();
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('กลุ่มไลน์ของเบตง');
    expect(text).toContain(`ถูกแก้ไขโดย ผู้ทดสอบ ${admin.username} เมื่อ `);
    expect(await pageB.getByTestId('stale-reload').textContent()).toBe('โหลดข้อมูลล่าสุด');
    expect(await storedGroups()).toEqual([
      ['9501', MUEANG_GROUP],
      ['9502', BETONG_GROUP],
    ]);

    await pageB.getByTestId('stale-reload').click();
    await expect
      .poll(() => row(pageB, '9502').getByTestId('line-group-value').textContent())
      .toContain('Cfedc…3210');
    expect(await pageB.getByTestId('stale-alert').count()).toBe(0);
    await setGroup(pageB, '9502', LATER_GROUP);
    await expect
      .poll(() => row(pageB, '9502').getByTestId('line-group-value').textContent())
      .toContain('Caaaa…aaaa');
    await Promise.all([pageA.context().close(), pageB.context().close()]);
  });

  it('removes a group after a confirmation, and a removal from an older page is refused', async () => {
    const [page, older] = await Promise.all([newPage(e, 1366), newPage(e, 1366)]);
    await logIn(page, admin.username, admin.password);
    await logIn(older, secondAdmin.username, secondAdmin.password);
    await Promise.all([page.goto('/line-groups'), older.goto('/line-groups')]);
    await Promise.all([
      row(page, '9501').getByTestId('line-group-value').waitFor(),
      row(older, '9501').getByTestId('line-group-value').waitFor(),
    ]);

    await row(page, '9501').getByTestId('line-group-remove').click();
    await page.getByTestId('line-group-remove-confirm').click();
    await row(page, '9501').getByTestId('line-group-none').waitFor();
    expect(await storedGroups()).toEqual([['9502', LATER_GROUP]]);

    // The other page still shows the removed group; removing it again from there is refused as stale.
    await row(older, '9501').getByTestId('line-group-remove').click();
    await older.getByTestId('line-group-remove-confirm').click();
    expect(await older.getByTestId('stale-message').textContent()).toContain('กลุ่มไลน์ของเมืองยะลา');
    await Promise.all([page.context().close(), older.context().close()]);
  });

  it('lets the department choose a province, whose groups it then lists', async () => {
    const page = await newPage(e, 390);
    await logIn(page, department.username, department.password);
    await page.goto('/line-groups');
    expect(await page.getByTestId('line-groups-choose-province').textContent()).toContain('เลือกจังหวัด');
    await page.getByTestId('province-select').click();
    await page.getByRole('option', { name: 'ยะลา' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('95');
    await expect
      .poll(() => row(page, '9502').getByTestId('line-group-value').textContent())
      .toContain('Caaaa…aaaa');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('gives a district officer no menu entry and the no-access page on the URL', async () => {
    const page = await newPage(e, 390);
    await logIn(page, officer.username, officer.password);
    await page.getByTestId('nav-home').waitFor({ state: 'attached' });
    expect(await page.getByTestId('nav-notifications').count()).toBe(1);
    expect(await page.getByTestId('nav-line-groups').count()).toBe(0);
    await page.goto('/line-groups');
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByTestId('no-access').textContent()).toContain('ไม่มีสิทธิ์เข้าถึง');
    expect(await page.getByTestId('line-groups-list').count()).toBe(0);
    await page.context().close();
  });
});
