import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../helpers.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

/** Posts through the page's own session (cookies and CSRF token), as the screens do. */
async function poster(page: Page) {
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  return async (url: string, data: Record<string, unknown>) => {
    const res = await page.request.post(url, { headers: { 'x-csrf-token': csrfToken }, data });
    expect(res.status(), await res.text()).toBe(201);
  };
}

const rowNames = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((rows) => rows.map((r) => r.querySelector('p')?.textContent ?? ''));

describe.each(browserEngines())('searching the registers in the browser on %s', (engine) => {
  let e: E2e;
  beforeAll(async () => {
    e = await startE2e(engine);
  });
  afterAll(() => e.close());

  it('narrows the projects by name and by status on a phone, KPI 2 staying over them all', async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e, 375);
    await logIn(page, admin.username, admin.password);
    const post = await poster(page);
    const project = (name: string, completionPercent: string, completedOn: string | null) =>
      post('/api/registers/projects', {
        unitCode: '95',
        fiscalYear: 2568,
        round: 2,
        name,
        completionPercent,
        completedOn,
      });
    await project('ส่งเสริมสัมมาชีพชุมชน', '100', '2025-06-02');
    await project('พัฒนาผลิตภัณฑ์ OTOP', '80', null);
    await project('ส่งเสริมการออม', '60', null);

    await page.goto('/registers/projects?unit=95&fiscalYear=2568');
    await expect.poll(() => page.getByTestId('projects-plan-percent').textContent()).toContain('80.00');
    expect(await page.getByTestId('project-row').count()).toBe(3);

    await page.getByTestId('projects-search').fill('ส่งเสริม');
    await expect.poll(() => page.getByTestId('project-row').count()).toBe(2);
    expect(await rowNames(page, 'project-row')).toEqual(['ส่งเสริมสัมมาชีพชุมชน', 'ส่งเสริมการออม']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ส่งเสริม');
    expect(await page.getByTestId('projects-matched').textContent()).toContain('2 จาก 3');
    expect(await page.getByTestId('projects-plan-percent').textContent()).toContain('80.00');

    await page.getByTestId('projects-filter-status').click();
    await page.getByRole('option', { name: 'ยังไม่ครบร้อยละ 100' }).click();
    await expect.poll(() => page.getByTestId('project-row').count()).toBe(1);
    expect(await rowNames(page, 'project-row')).toEqual(['ส่งเสริมการออม']);
    expect(new URL(page.url()).searchParams.get('status')).toBe('incomplete');
    expect(await page.getByTestId('projects-plan-count').textContent()).toBe('3');

    await page.getByTestId('projects-search').fill('ไม่มีโครงการนี้');
    await page.getByTestId('projects-no-match').waitFor();
    expect(await page.getByTestId('projects-no-match').textContent()).toBe('ไม่พบรายการที่ตรงกับการค้นหา');
    expect(await page.getByTestId('projects-plan-percent').textContent()).toContain('80.00');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // The filters live in the URL: the same address shows the same narrowed list.
    await page.goto('/registers/projects?unit=95&fiscalYear=2568&q=OTOP');
    await expect.poll(() => page.getByTestId('project-row').count()).toBe(1);
    expect(await page.getByTestId('projects-search').inputValue()).toBe('OTOP');
    await page.context().close();
  });

  it('narrows the community funds by name and by juristic person, the form totals staying over them all', async () => {
    const admin = await makeUser(e.handle, 'province_admin', '95');
    const page = await newPage(e, 375);
    await logIn(page, admin.username, admin.password);
    const post = await poster(page);
    const fund = (name: string, type: string, juristicPerson: boolean) =>
      post('/api/registers/community-funds', { unitCode: '9501', name, type, juristicPerson, capital: [] });
    await fund('กองทุนหมู่บ้านบ้านนา', 'village', true);
    await fund('กองทุนหมู่บ้านบ้านไร่', 'village', false);
    await fund('กองทุนชุมชนเมืองสะเตง', 'urban', false);

    await page.goto('/registers/funds?unit=9501&fiscalYear=2568');
    await page.getByTestId('funds-tab-community-funds').click();
    await expect.poll(() => page.getByTestId('cf-row').count()).toBe(3);
    await page.getByTestId('cf-search').fill('หมู่บ้าน');
    await expect.poll(() => page.getByTestId('cf-row').count()).toBe(2);
    await page.getByTestId('cf-filter-juristic').getByText('ไม่ใช่', { exact: true }).click();
    await expect.poll(() => page.getByTestId('cf-row').count()).toBe(1);
    expect(await rowNames(page, 'cf-row')).toEqual(['กองทุนหมู่บ้านบ้านไร่']);
    const url = new URL(page.url()).searchParams;
    expect([url.get('cfQ'), url.get('cfJuristic')]).toEqual(['หมู่บ้าน', 'false']);
    expect(url.get('section')).toBe('community-funds');
    expect(await page.getByTestId('cf-total').textContent()).toBe('3');
    expect(await page.getByTestId('cf-juristic').textContent()).toBe('1');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
