import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, makeUser } from '../helpers.ts';
import { type E2e, logIn, newPage, startE2e } from './harness.ts';

describe.each(engines())('budget register screen on %s', (engine) => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine);
  });
  afterAll(() => e.close());

  it("Yala's province admin records seed 003's totals at 375 px and the total row shows 89.30 %", async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e, 375);
    await logIn(page, admin.username, admin.password);
    await page.goto('/registers/budget?unit=95&fiscalYear=2568&asOf=2025-09-30');
    await page.getByTestId('budget-report-total').waitFor();

    await page.getByTestId('budget-line-category').fill('งบดำเนินงาน');
    await page.getByTestId('budget-line-name').fill('โครงการขับเคลื่อนเศรษฐกิจฐานราก');
    await page.getByTestId('budget-line-submit').click();
    const line = page.getByTestId('budget-line').first();
    await line.waitFor();

    await line.getByTestId('budget-event-date').fill('2024-10-15');
    await line.getByTestId('budget-event-amount').fill('15,394,077.59');
    await line.getByTestId('budget-event-submit').click();
    await line.getByTestId('budget-event').first().waitFor();

    await line.getByTestId('budget-event-kind').click();
    await page.getByRole('option', { name: 'เบิกจ่าย' }).click();
    await line.getByTestId('budget-event-date').fill('2025-09-01');
    await line.getByTestId('budget-event-amount').fill('13746496.46');
    await line.getByTestId('budget-event-submit').click();
    await expect.poll(() => line.getByTestId('budget-event').count()).toBe(2);

    const total = page.getByTestId('budget-report-total');
    await expect.poll(async () => total.getByTestId('budget-cell-percent').textContent()).toBe('89.30');
    expect(await total.getByTestId('budget-cell-allocated').textContent()).toBe('15,394,077.59');
    expect(await total.getByTestId('budget-cell-disbursed').textContent()).toBe('13,746,496.46');
    expect(await page.getByTestId('budget-cutoff').textContent()).toContain('2568');
  });
});
