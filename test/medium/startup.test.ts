import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openPglite } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { login } from '../../src/modules/auth/service.ts';
import { describeSeed, seedIfEmpty } from '../../src/startup.ts';

const run = promisify(execFile);

describe('first start', () => {
  it('loads the tree and the demo accounts once, with passwords that work', async () => {
    const handle = await openPglite({});
    try {
      await migrateToLatest(handle.db);
      const seeded = await seedIfEmpty(handle, true);
      expect(seeded?.demoAccounts.map((a) => a.role).sort()).toEqual(
        expect.arrayContaining([
          'department_admin',
          'district_officer',
          'province_admin',
          'province_staff',
          'viewer',
        ]),
      );
      const villages = await handle.db
        .selectFrom('units')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', 'village')
        .where((eb) => eb.or(['/CDD/95/%', '/CDD/24/%', '/CDD/34/%'].map((p) => eb('path', 'like', p))))
        .executeTakeFirstOrThrow();
      expect(villages.n).toBeGreaterThan(370 * 3);
      const yala = seeded?.demoAccounts.find((a) => a.username === 'yala.mueang');
      expect(yala?.unitCode).toBe('9501');
      await expect(login(handle.db, 'yala.mueang', yala?.password ?? '', 1)).resolves.toHaveProperty('token');
      expect(describeSeed(seeded ?? { units: 0, kpiSets: 0, demoAccounts: [] })).toContain(yala?.password);
      expect(seeded?.kpiSets).toBe(4);
      expect(describeSeed(seeded ?? { units: 0, kpiSets: 0, demoAccounts: [] })).toContain(
        'loaded 4 KPI sets',
      );
      const agreements = await handle.db
        .selectFrom('agreements as a')
        .innerJoin('kpi_sets as s', 's.id', 'a.kpi_set_id')
        .innerJoin('units as g', 'g.id', 'a.agent_unit_id')
        .select(['s.fiscal_year', 'a.pair', 'g.code'])
        .where('s.fiscal_year', '=', 2568)
        .orderBy('g.code')
        .execute();
      expect(agreements.map((a) => a.code)).toEqual([
        '95',
        '9501',
        '9502',
        '9503',
        '9504',
        '9505',
        '9506',
        '9507',
        '9508',
      ]);
      // The demo registers feed Yala's bound KPIs: seed 001's women's fund example and the I4 district table.
      const results = await handle.db
        .selectFrom('kpi_results as r')
        .innerJoin('kpis as k', 'k.id', 'r.kpi_id')
        .innerJoin('units as u', 'u.id', 'r.unit_id')
        .select(['r.value', 'r.source', 'r.inputs', 'k.key', 'u.code'])
        .execute();
      const result = (key: string, code: string) => results.find((r) => r.key === key && r.code === code);
      expect(result('I5', '95')).toMatchObject({
        source: 'register',
        value: expect.stringMatching(/^1\.4775441567936/),
      });
      expect(result('T3', '9501')?.value).toMatch(/^1\.4775441567936/);
      // Mueang Yala: 214 developable targets (001 L435), as many passing as its level-3 target, 188.
      expect(result('I4', '9501')).toMatchObject({ inputs: { formula: { targets: '214', passed: '188' } } });
      expect(result('I4', '95')?.inputs).toEqual({ formula: { targets: '323', passed: expect.any(String) } });
      const budget = await handle.db
        .selectFrom('budget_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(budget.n)).toBe(4);
      const portfolioLines = await handle.db
        .selectFrom('womens_fund_portfolio_lines')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(portfolioLines.n)).toBe(8);
      expect(await seedIfEmpty(handle, true)).toBeNull();
    } finally {
      await handle.close();
    }
  });
});

describe('tidtam command line', () => {
  it('migrates an empty data dir and adds a user', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-cli-'));
    const { DATABASE_URL: _production, ...inherited } = process.env;
    const env = { ...inherited, TIDTAM_DATA_DIR: dataDir, TIDTAM_DEMO: '0' };
    try {
      const migrate = await run('node', ['bin/tidtam.mjs', 'migrate'], { env });
      expect(migrate.stdout).toContain('Success: 2026-11-21-0900-foundation');
      const add = await run(
        'node',
        [
          'bin/tidtam.mjs',
          'user',
          'add',
          '--username',
          'raman.officer',
          '--password',
          'raman-2568!',
          '--role',
          'district_officer',
          '--unit',
          '9506',
        ],
        { env },
      );
      expect(add.stdout).toContain('created user raman.officer (district_officer) at 9506 รามัน');
      const bad = await run(
        'node',
        [
          'bin/tidtam.mjs',
          'user',
          'add',
          '--username',
          'x.y',
          '--password',
          'long-enough',
          '--role',
          'viewer',
          '--unit',
          '0000',
        ],
        { env },
      ).catch((e: { code: number; stderr: string }) => e);
      expect(bad).toMatchObject({ code: 1 });
      expect((bad as { stderr: string }).stderr).toContain('ไม่พบหน่วยงานรหัส "0000"');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
