import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginEach, makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

/** Register screens open on the unit's latest year with data, and show one no-access page for what is out of scope. */
describe.each(browserEngines())('register years and access pages on %s', (engine) => {
  let e: E2e;
  let mueang: Awaited<ReturnType<typeof makeUser>>;
  let viewer: Awaited<ReturnType<typeof makeUser>>;
  let department: Awaited<ReturnType<typeof makeUser>>;

  beforeAll(async () => {
    e = await startE2e(engine);
    [mueang, viewer, department] = await Promise.all([
      makeUser(e.handle, 'district_officer', '9501'),
      makeUser(e.handle, 'viewer', '95'),
      makeUser(e.handle, 'department_admin', 'CDD'),
    ]);
    const [session] = await loginEach(e.app, [mueang] as const);
    const line = await session.send('POST', '/api/registers/budget/lines', {
      unitCode: '9501',
      fiscalYear: 2565,
      category: 'งบดำเนินงาน',
      name: 'โครงการปี 2565',
    });
    const id = line.json().line.id;
    for (const [kind, date, amount] of [
      ['allocation', '2021-10-01', '1000.00'],
      ['disbursement', '2022-08-30', '893.00'],
    ])
      expect(
        (await session.send('POST', `/api/registers/budget/lines/${id}/events`, { kind, date, amount }))
          .statusCode,
      ).toBe(201);
  });
  afterAll(() => e.close());

  it('opens the budget on the latest year with data, without a red box, and the picker lists 2565', async () => {
    for (const width of [1366, 390]) {
      const page = await newPage(e, width);
      await logIn(page, mueang.username, mueang.password);
      await page.goto('/registers/budget');
      const total = page.getByTestId('budget-report-total');
      await expect.poll(async () => total.getByTestId('budget-cell-percent').textContent()).toBe('89.30');
      expect(await page.getByTestId('registers-fiscal-year').inputValue()).toContain('2565');
      expect(await page.getByTestId('error-alert').count()).toBe(0);
      await page.getByTestId('registers-fiscal-year').click();
      const options = await page.getByRole('option').allTextContents();
      expect(options).toEqual(expect.arrayContaining([expect.stringContaining('2565')]));
      await page.context().close();
    }
  });

  it('says that no cut-off is set as a notice, with the button to set it for the department only', async () => {
    const page = await newPage(e, 390);
    await logIn(page, mueang.username, mueang.password);
    await page.goto('/registers/budget?unit=9501&fiscalYear=2570');
    await page.getByTestId('budget-no-cutoff').waitFor();
    expect(await page.getByTestId('error-alert').count()).toBe(0);
    expect(await page.getByTestId('budget-set-cutoff').count()).toBe(0);
    await page.context().close();

    const admin = await newPage(e, 1366);
    await logIn(admin, department.username, department.password);
    await admin.goto('/registers/budget?unit=9501&fiscalYear=2570');
    await admin.getByTestId('budget-set-cutoff').click();
    await admin.getByTestId('budget-cutoff-date').fill('28/8/2570');
    await admin.getByTestId('budget-cutoff-save').click();
    await admin.getByTestId('budget-cutoff').waitFor();
    expect(await admin.getByTestId('budget-cutoff').textContent()).toContain('28 สิงหาคม 2570');
    await admin.context().close();
  });

  it("shows a district officer the no-access page on another district's registers, with no add form", async () => {
    const page = await newPage(e, 390);
    await logIn(page, mueang.username, mueang.password);
    for (const path of [
      '/registers/households?unit=9502',
      '/registers/budget?unit=9502',
      '/registers/projects?unit=9502',
    ]) {
      await page.goto(path);
      await page.getByTestId('no-access').waitFor();
      expect(await page.getByTestId('no-access').textContent()).toContain('ไม่มีสิทธิ์เข้าถึง');
      expect(await page.getByTestId('household-form').count()).toBe(0);
      expect(await page.getByTestId('budget-line-submit').count()).toBe(0);
      expect(await page.getByTestId('error-alert').count()).toBe(0);
    }
    await page.context().close();
  });

  it('gives a viewer no import page, tab or button, and no add form', async () => {
    const page = await newPage(e, 1366);
    await logIn(page, viewer.username, viewer.password);
    await page.goto('/registers/households?unit=95');
    await page.getByTestId('registers-tab-households').waitFor();
    expect(await page.getByTestId('registers-tab-import').count()).toBe(0);
    expect(await page.getByTestId('household-import-link').count()).toBe(0);
    expect(await page.getByTestId('household-form').count()).toBe(0);
    await page.goto('/registers/households/import?unit=95');
    await page.getByTestId('no-access').waitFor();
    expect(await page.getByTestId('household-import-form').count()).toBe(0);
    await page.context().close();
  });
});
