import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, loadDemoKpiSets } from '../../src/modules/demo/service.ts';
import { reportConfig, TestClock } from '../report-fixtures.ts';
import { browserEngines, type E2e, logIn, newPage, startE2e } from './harness.ts';

type Account = Awaited<ReturnType<typeof loadDemo>>[number];

describe.each(browserEngines())(
  'the demo board and league table on first start, in the browser on %s',
  (engine) => {
    // The demo is created on 20 November 2569 B.E. at noon in Bangkok; the browser's clock says the same.
    const clock = new TestClock('2026-11-20T05:00:00Z');
    const files = reportConfig(clock);
    let e: E2e;
    let accounts: Account[];

    beforeAll(async () => {
      e = await startE2e(engine, files.overrides);
      accounts = await loadDemo(e.handle.db);
      await loadDemoKpiSets(e.handle.db, clock.now);
    });
    afterAll(async () => {
      await e?.close();
      files.cleanup();
    });

    async function signIn(username: string, width = 1280): Promise<Page> {
      const page = await newPage(e, width);
      await page.clock.setFixedTime(clock.now);
      const account = accounts.find((a) => a.username === username);
      await logIn(page, username, account?.password ?? '');
      return page;
    }

    it('opens the province board on this month, with the demo history and the months that have reports', async () => {
      const page = await signIn('yala.admin');
      await page.goto('/reports/board');
      await expect.poll(() => page.getByTestId('board-cell').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('month-picker').getAttribute('data-month')).toBe('2026-11');
      const states = await page
        .getByTestId('board-cell')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-state')));
      expect(states).toContain('approved-on-time');
      expect(states).toContain('missing');
      expect(states.some((s) => s === 'approved-late' || s === 'late')).toBe(true);
      expect(
        await page
          .getByTestId('month-with-data')
          .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-month'))),
      ).toEqual(['2026-11', '2026-10']);
      await page.locator('[data-testid="month-with-data"][data-month="2026-10"]').click();
      await expect.poll(() => page.getByTestId('month-picker').getAttribute('data-month')).toBe('2026-10');
      await page.context().close();
    });

    it('ranks the league with medals only for points and shows districts that sent nothing apart', async () => {
      const page = await signIn('yala.admin');
      await page.goto('/reports/league');
      await expect.poll(() => page.getByTestId('league-row').count()).toBeGreaterThan(0);
      const rows = await page.getByTestId('league-row').evaluateAll((trs) =>
        trs.map((tr) => ({
          rank: Number(tr.getAttribute('data-rank')),
          score: Number(tr.querySelector('[data-testid="league-score"]')?.textContent?.split('/')[0]),
          medal: tr.querySelector('[data-testid="league-medal"]') !== null,
        })),
      );
      expect(rows[0]?.rank).toBe(1);
      for (const [index, row] of rows.entries()) {
        expect(row.medal).toBe(row.rank <= 3 && row.score > 0);
        if (index > 0) expect(row.score).toBeLessThanOrEqual(rows[index - 1]?.score ?? 0);
      }
      const ranked = rows.length;
      const silent = await page.getByTestId('league-not-submitted-row').count();
      expect(ranked + silent).toBe(8);
      if (silent > 0) {
        expect(await page.getByTestId('league-not-submitted').textContent()).toContain(
          `ยังไม่ส่ง (${silent} อำเภอ)`,
        );
      }
      await page.context().close();
    });

    it('lets a district officer open the league of their province and see their own rank, on a phone', async () => {
      const page = await signIn('yala.mueang', 390);
      await page.goto('/reports');
      await page.getByTestId('reports-tab-league').click();
      await expect.poll(() => page.getByTestId('league-own-standing').count()).toBe(1);
      const own = page.locator('[data-own="true"]');
      expect(await own.getAttribute('data-unit')).toBe('9501');
      const standing = (await page.getByTestId('league-own-standing').textContent()) ?? '';
      const rank = await own.getAttribute('data-rank');
      expect(standing).toContain(rank ? `อันดับที่ ${rank} จาก` : 'ยังไม่ได้ส่งรายงานของเดือนนี้');
      expect(await page.getByTestId('province-select').count()).toBe(0);
      expect(await page.getByTestId('reports-tab-board').count()).toBe(0);
      await page.context().close();
    });
  },
);
