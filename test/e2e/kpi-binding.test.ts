import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeUser } from '../helpers.ts';
import { loadYalaSet } from '../register-fixtures.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

describe.each(browserEngines())(
  'a KPI card taking its result from a register, in the browser on %s',
  (engine) => {
    let e: E2e;
    beforeAll(async () => {
      e = await startE2e(engine);
    });
    afterAll(() => e.close());

    it('binds card I5 to the women’s fund, shows the chip, and the recompute waiting after a register write', async () => {
      const yalaSet = await loadYalaSet(e);
      const admin = await makeUser(e.handle, 'province_admin', '95');
      const page = await newPage(e);
      await logIn(page, admin.username, admin.password);
      await page.goto(`/kpi-sets/${yalaSet.kpiSetId}`);
      const card = page.locator('[data-testid="kpi-card"][data-key="I5"]');
      await card.getByRole('button').first().click();
      await card.getByTestId('kpi-binding-measure').click();
      await page.getByRole('option', { name: /ร้อยละหนี้เกินกำหนดชำระ/ }).click();
      // Dates are typed the Thai way, day/month/B.E. year, and read back in words before saving.
      const asOf = card.getByTestId('kpi-binding-as-of');
      await asOf.fill('31/2/2568');
      await expect.poll(() => card.getByTestId('kpi-binding-form').textContent()).toContain('อ่านวันที่ไม่ได้');
      await asOf.fill('๓๐/๙/๒๕๖๘');
      await expect
        .poll(() => card.getByTestId('kpi-binding-form').textContent())
        .toContain('อ. 30 กันยายน 2568');
      await card.getByTestId('kpi-binding-save').click();
      await expect
        .poll(() => card.getByTestId('kpi-binding-saved').textContent())
        .toMatch(/คำนวณใหม่แล้ว \d+ หน่วยงาน/);
      expect(await card.getByTestId('kpi-binding-chip').textContent()).toBe(
        'จากทะเบียน: กองทุนพัฒนาบทบาทสตรี: ร้อยละหนี้เกินกำหนดชำระ · ข้อมูล ณ 30 กันยายน 2568',
      );
      expect(await card.getByTestId('kpi-binding-pending').count()).toBe(0);

      // The worker is held back so that the waiting state can be seen; then it runs and the card polls itself clear.
      await e.worker.stop();
      const yala = await loginAs(e.app, admin.username, admin.password);
      const saved = await yala.send('PUT', '/api/registers/womens-fund', {
        unitCode: '95',
        asOf: '2025-09-30',
        outstanding: '33109323.18',
        notYetDue: '32620118.31',
      });
      expect(saved.statusCode).toBe(200);
      await page.reload();
      const pending = page
        .locator('[data-testid="kpi-card"][data-key="I5"]')
        .getByTestId('kpi-binding-pending');
      await expect.poll(() => pending.textContent()).toContain('กำลังคำนวณผลใหม่');
      await e.worker.settle();
      await expect.poll(() => pending.count(), { timeout: 10_000 }).toBe(0);

      const agreements = (await yala.get(`/api/agreements?kpiSet=${yalaSet.kpiSetId}`)).json().items;
      const province = agreements.find((a: { agent: { code: string } }) => a.agent.code === '95');
      await page.goto(`/agreements/${province.id}`);
      const i5 = page.locator('[data-testid="item-row"][data-kpi-key="I5"]');
      await expect.poll(() => i5.getByTestId('item-score').textContent()).toBe('5.0000');
      // 489,204.87 × 100 ÷ 33,109,323.18 = 1.47754415679…, shown to 4 decimals (stored whole).
      expect(await i5.getByTestId('item-result').textContent()).toBe('1.4775');
      expect(await i5.getByTestId('item-as-of').textContent()).toBe('จากทะเบียน ณ 30 กันยายน 2568');

      // The follow-up table prints where the result came from, in Thai digits.
      await page.goto(`/print/agreements/${province.id}/follow-up`);
      await expect
        .poll(() => page.locator('body').textContent())
        .toContain('(คำนวณจากทะเบียน ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๘)');
      expect(await page.locator('body').textContent()).toContain('๑.๔๗๗๕ (คำนวณจากทะเบียน');
    });
  },
);
