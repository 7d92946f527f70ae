import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import type { NewUnit, Role } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { KPI_SET_DIR, loadKpiSetFile, readKpiSetFile } from '../agreements/kpi-set-files.ts';
import { recordAudit } from '../audit/service.ts';
import { hashPassword } from '../auth/service.ts';
import { loadDemoFollowUps } from '../follow-ups/demo.ts';
import { loadDemoMinutes } from '../minutes/demo.ts';
import { addVillages, subdistrictsOf, unitsByCodes } from '../org-units/service.ts';
import { loadDemoQuarterly } from '../quarterly/service.ts';
import { insertUsersAsSystem } from '../users/service.ts';
import { loadDemoVisitPlan } from '../visits/demo.ts';
import { loadDemoKpiHistory } from './kpi-history.ts';
import { loadDemoRegisters } from './registers.ts';
import { loadDemoReports } from './reports.ts';

type DemoUser = {
  username: string;
  role: Role;
  unitCode: string;
  displayName: string;
  positionTitle: string | null;
};
type DemoFile = { users: DemoUser[]; villageProvinces: string[] };

const demoFile = (): DemoFile =>
  JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../../data/demo/users.json'), 'utf8'),
  ) as DemoFile;

/**
 * No public list of villages exists (data/thai-admin/README.md), so the demo provinces get synthetic ones,
 * named "หมู่บ้านสาธิต" so nobody mistakes them for real villages: 3 to 8 per sub-district.
 */
export function demoVillages(subdistricts: { id: number; code: string; path: string }[]): NewUnit[] {
  return subdistricts.flatMap((s) =>
    Array.from({ length: 3 + (Number(s.code) % 6) }, (_, i) => {
      const code = `${s.code}${String(i + 1).padStart(2, '0')}`;
      return {
        kind: 'village' as const,
        code,
        name_th: `หมู่บ้านสาธิต ${i + 1}`,
        name_en: `Demo village ${i + 1}`,
        parent_id: s.id,
        path: `${s.path}${code}/`,
      };
    }),
  );
}

/**
 * The seeds' KPI sets with draft agreements for every pair they name, the demo registers feeding some of them,
 * the demo report forms with their history up to `now` (the first start), and the agreements' monthly KPI values
 * up to then.
 */
export async function loadDemoKpiSets(db: Db, now: Date): Promise<number> {
  const files = fs
    .readdirSync(KPI_SET_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return inTransaction(db, async (trx) => {
    const loaded = new Map<string, number>();
    for (const file of files)
      loaded.set(file, (await loadKpiSetFile(trx, readKpiSetFile(path.join(KPI_SET_DIR, file)))).kpiSetId);
    await loadDemoRegisters(trx, loaded);
    await loadDemoKpiHistory(trx, loaded, now);
    await loadDemoReports(trx, loaded, now);
    await loadDemoQuarterly(trx);
    await loadDemoMinutes(trx);
    await loadDemoVisitPlan(trx);
    await loadDemoFollowUps(trx);
    return files.length;
  });
}

/** Demo users (random passwords, returned so the caller can print them once) and demo villages. */
export async function loadDemo(
  db: Db,
): Promise<{ username: string; password: string; role: Role; unitCode: string }[]> {
  const file = demoFile();
  const units = new Map(
    (
      await unitsByCodes(
        db,
        file.users.map((u) => u.unitCode),
      )
    ).map((u) => [u.code, u]),
  );
  const provinces = await unitsByCodes(db, file.villageProvinces);
  const subdistricts = await subdistrictsOf(
    db,
    provinces.map((p) => p.path),
  );
  const accounts = await Promise.all(
    file.users.map(async (u) => {
      const password = randomBytes(9).toString('base64url');
      return { ...u, password, hash: await hashPassword(password) };
    }),
  );
  await inTransaction(db, async (trx) => {
    await insertUsersAsSystem(
      trx,
      accounts.map((a) => ({
        username: a.username,
        password_hash: a.hash,
        display_name: a.displayName,
        position_title: a.positionTitle,
        email: null,
        role: a.role,
        unit_id: units.get(a.unitCode)?.id ?? 0,
      })),
    );
    const villages = demoVillages(subdistricts);
    await addVillages(trx, null, villages);
    await recordAudit(trx, {
      actor: null,
      unitId: null,
      action: 'import',
      entity: 'demo',
      entityId: null,
      before: null,
      after: { users: accounts.map((a) => a.username), villages: villages.length },
    });
  });
  return accounts.map(({ username, password, role, unitCode }) => ({ username, password, role, unitCode }));
}
