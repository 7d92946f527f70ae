// The deadline-day fixture (issue R2-6 §4): the real administrative tree (928 districts), one monthly report form per
// province due today, one district officer per district and the viewers (department, province and district), each
// with an open session. Built set-based through the product's own loaders: loadAdminUnits, loadForms (the demo's form
// loader, checked like a form from the editor), insertUsersAsSystem (one argon2 hash shared by every account: nobody
// logs in with a password here) and openSessionsAsSystem (tokens stored hashed exactly as a login stores them).

import type { Db } from '../../src/db/database.ts';
import type { NewUser, Role } from '../../src/db/schema.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { bangkokDateOf } from '../../src/domain/timeliness/bangkok-date.ts';
import { csrfTokenOf, hashPassword, openSessionsAsSystem } from '../../src/modules/auth/service.ts';
import { loadAdminUnits } from '../../src/modules/org-units/admin-data.ts';
import { loadForms } from '../../src/modules/reports/bulk-load.ts';
import { insertUsersAsSystem } from '../../src/modules/users/service.ts';

export const FORM_NAME = 'รายงานผลการดำเนินงานประจำเดือน (ทดสอบวันครบกำหนด)';

/** The form every district fills: two numbers and a text, as seed 002's monthly progress report asks. */
export const formFields = [
  ['households', 'number', 'จำนวนครัวเรือนที่ได้รับการพัฒนา', 'ครัวเรือน', true],
  ['budget', 'number', 'งบประมาณที่เบิกจ่าย', 'บาท', true],
  ['problems', 'text', 'ปัญหาอุปสรรค', undefined, false],
].map(([id, kind, labelTh, unit, required]) => ({
  id,
  kind,
  labelTh,
  unit,
  required,
  min: kind === 'number' ? 0 : undefined,
}));

type Unit = { id: number; code: string; kind: string; parent_id: number | null };

export type Client = {
  role: Role;
  unit: { id: number; code: string; kind: string; provinceCode: string };
  userId: number;
  token: string;
  csrf: string;
};

export type DeadlineFixture = {
  month: string;
  today: string;
  reportTypeIdByProvince: Map<string, number>;
  districts: Client[];
  viewers: Client[];
};

/** Who views: one in 20 at the department, half the rest at a province office, the others at a district office. */
function viewerUnit(i: number, cdd: Unit, provinces: Unit[], districts: Unit[]): Unit {
  if (i % 20 === 0) return cdd;
  const list = i % 2 === 1 ? provinces : districts;
  return list[i % list.length] as Unit;
}

export async function buildDeadlineFixture(db: Db, viewerCount: number, now = new Date()) {
  await loadAdminUnits(db);
  const today = bangkokDateOf(now);
  const month = today.slice(0, 7);
  const units = await db.selectFrom('units').select(['id', 'code', 'kind', 'parent_id']).execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const cdd = units.find((u) => u.code === 'CDD');
  if (!cdd) throw new Error('no department unit');
  const provinces = units.filter((u) => u.kind === 'province').sort((a, b) => a.code.localeCompare(b.code));
  const districts = units.filter((u) => u.kind === 'district').sort((a, b) => a.code.localeCompare(b.code));
  const provinceCodeOf = (u: Unit) =>
    u.kind === 'district' ? (byId.get(u.parent_id ?? 0)?.code ?? '') : u.kind === 'province' ? u.code : '';

  const types = await inTransaction(db, (trx) =>
    loadForms(
      trx,
      provinces.map((p) => ({
        row: {
          owner_unit_id: p.id,
          name_th: FORM_NAME,
          work_group_id: null,
          frequency: 'monthly',
          due_day: Number(today.slice(8, 10)),
          due_month: 'in-period',
          once_date: null,
          unit_scope: 'all-districts',
          day_counting: 'calendar',
          active: true,
        },
        fields: formFields,
        responsibleIds: [],
      })),
    ),
  );
  const reportTypeIdByProvince = new Map(types.map((t) => [t.owner_code, t.id]));

  const passwordHash = await hashPassword(`load-${now.getTime()}`);
  const accounts: { role: Role; unit: Unit; username: string }[] = [
    ...districts.map((d) => ({ role: 'district_officer' as const, unit: d, username: `load.d${d.code}` })),
    ...Array.from({ length: viewerCount }, (_, i) => ({
      role: 'viewer' as const,
      unit: viewerUnit(i, cdd, provinces, districts),
      username: `load.v${i}`,
    })),
  ];
  const rows: NewUser[] = accounts.map((a) => ({
    username: a.username,
    password_hash: passwordHash,
    display_name: `ผู้ทดสอบภาระ ${a.username}`,
    position_title: null,
    email: null,
    role: a.role,
    unit_id: a.unit.id,
    locked_until: null,
  }));
  await insertUsersAsSystem(db, rows);
  const ids = await db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('username', 'like', 'load.%')
    .execute();
  const idOf = new Map(ids.map((r) => [r.username, r.id]));
  const userIds = accounts.map((a) => idOf.get(a.username) ?? 0);
  const tokens = await openSessionsAsSystem(db, userIds, 12, now);
  const clients: Client[] = accounts.map((a, i) => {
    const token = tokens[i] ?? '';
    return {
      role: a.role,
      unit: { id: a.unit.id, code: a.unit.code, kind: a.unit.kind, provinceCode: provinceCodeOf(a.unit) },
      userId: userIds[i] ?? 0,
      token,
      csrf: csrfTokenOf(token),
    };
  });
  return {
    month,
    today,
    reportTypeIdByProvince,
    districts: clients.slice(0, districts.length),
    viewers: clients.slice(districts.length),
  } satisfies DeadlineFixture;
}
