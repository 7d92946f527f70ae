import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

describe.each(browserEngines())('foundation screens on %s', (engine) => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine);
  });
  afterAll(() => e.close());

  it('refuses a wrong password in Thai, then logs in and shows who I am', async () => {
    const u = await makeUser(e.handle, 'district_officer', '9501');
    const page = await newPage(e);
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-username').fill(u.username);
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    await page.getByTestId('login-password').fill(u.password);
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('home-name').textContent()).toContain(u.displayName);
    expect(await page.getByTestId('home-unit').textContent()).toContain('เมืองยะลา');
    expect(await page.getByTestId('home-today').textContent()).toMatch(/25\d\d/);
    await page.context().close();
  });

  it('shows a district officer a Thai no-access page for another district, and the API answers 403', async () => {
    const u = await makeUser(e.handle, 'district_officer', '9501');
    const page = await newPage(e);
    await logIn(page, u.username, u.password);
    await page.goto('/units/9502');
    await expect.poll(() => page.getByTestId('no-access').textContent()).toContain('ไม่มีสิทธิ์เข้าถึง');
    const api = await page.request.get('/api/units/9502');
    expect(api.status()).toBe(403);
    await page.goto('/units/9501');
    await expect.poll(() => page.getByTestId('unit-name').textContent()).toContain('เมืองยะลา');
    await page.context().close();
  });

  it('shows the whole country to the department: 77 provinces, 928 districts, 7,436 sub-districts', async () => {
    const u = await makeUser(e.handle, 'department_admin', 'CDD');
    const page = await newPage(e);
    await logIn(page, u.username, u.password);
    await page.goto('/units/CDD');
    await expect.poll(() => page.getByTestId('count-province').textContent()).toBe('77');
    expect(await page.getByTestId('count-district').textContent()).toBe('928');
    expect(await page.getByTestId('count-subdistrict').textContent()).toBe('7,436');
    await page.getByTestId('unit-search').fill('สะเตง');
    await page.getByTestId('unit-search-result').first().click();
    await page.waitForURL(/\/units\/950101$/);
    await expect.poll(() => page.getByTestId('unit-name').textContent()).toContain('สะเตง');
    await page.context().close();
  });

  it('lets an admin create a user who can then log in, and the audit log shows it', async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e);
    await logIn(page, admin.username, admin.password);
    await page.goto('/users');
    await page.getByTestId('user-add').click();
    await page.getByTestId('user-username').fill('raman.ddo');
    await page.getByTestId('user-password').fill('raman-2568!');
    await page.getByTestId('user-display-name').fill('นายทดสอบ รามัน');
    await page.getByTestId('user-position-title').fill('พัฒนาการอำเภอรามัน');
    await page.getByTestId('user-role').selectOption('district_officer');
    await page.getByTestId('user-unit-code').fill('9506');
    await page.getByTestId('user-submit').click();
    await expect.poll(() => page.getByTestId('user-table').textContent()).toContain('raman.ddo');

    await page.goto('/audit?entity=user&action=create');
    await page.getByTestId('audit-row').first().click();
    await expect.poll(() => page.getByTestId('audit-detail').textContent()).toContain('raman.ddo');
    expect(await page.getByTestId('audit-row').first().textContent()).toContain(admin.username);
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);

    await logIn(page, 'raman.ddo', 'raman-2568!');
    await expect.poll(() => page.getByTestId('home-unit').textContent()).toContain('รามัน');
    await page.context().close();
  });

  it('fits a phone: the menu folds into a burger at 375 px', async () => {
    const u = await makeUser(e.handle, 'province_admin', '24');
    const page = await newPage(e, 375);
    await logIn(page, u.username, u.password);
    await page.getByTestId('nav-burger').click();
    await page.getByTestId('nav-units').click();
    await expect.poll(() => page.getByTestId('unit-name').textContent()).toContain('ฉะเชิงเทรา');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
