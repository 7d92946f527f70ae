// Accounts and live sessions for the national benches (issue R2-6 §4): one district officer per district, a province
// admin per province, a department admin and some viewers at provinces. One argon2 hash for every account (the
// password is the same: bench only) and the sessions written directly, hashed as the auth module stores them
// (sha256 of the token, base64url: src/modules/auth/service.ts sessionIdOf), so no login is needed per account.
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { Role } from '../../src/db/schema.ts';
import { csrfTokenOf, hashPassword } from '../../src/modules/auth/service.ts';
import { SESSION_COOKIE } from '../../src/plugins/auth.ts';

export const NATION_PASSWORD = 'nation-bench-password';

export type NationUser = {
  username: string;
  role: Role;
  unitCode: string;
  /** The session token: send as the cookie `cookieName`. */
  token: string;
  cookieName: string;
  /** `cookieName=token`, ready for a Cookie header. */
  cookie: string;
  /** For the x-csrf-token header of writes. */
  csrf: string;
};

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Makes (once; later calls reuse them) the accounts `nation.cdd`, `nation.p.<province>`, `nation.d.<district>` and
 * `nation.v.<province>` (viewers, `viewersPerProvince` each, default 1), and opens a fresh session for each, valid
 * for `hours` (default 24). Two statements for the accounts, one for the sessions.
 */
export async function nationUsers(
  handle: DatabaseHandle,
  options: { hours?: number; viewersPerProvince?: number } = {},
): Promise<NationUser[]> {
  const { db } = handle;
  const hours = options.hours ?? 24;
  const viewers = options.viewersPerProvince ?? 1;
  const passwordHash = await hashPassword(NATION_PASSWORD);
  await sql`
    insert into users (username, password_hash, display_name, role, unit_id)
    select a.username, ${passwordHash}, a.display_name, a.role, u.id
    from units u
    cross join lateral (
      select 'nation.cdd' as username, 'ผู้ดูแลระบบกรม (ทดสอบ)' as display_name, 'department_admin' as role
      where u.kind = 'department'
      union all
      select 'nation.p.' || u.code, 'ผู้ดูแลระบบจังหวัด ' || u.name_th || ' (ทดสอบ)', 'province_admin'
      where u.kind = 'province'
      union all
      select 'nation.v.' || u.code || case when v.no = 1 then '' else '.' || v.no end,
        'ผู้ดูข้อมูลจังหวัด ' || u.name_th || ' (ทดสอบ)', 'viewer'
      from generate_series(1, ${viewers}::int) as v(no) where u.kind = 'province'
      union all
      select 'nation.d.' || u.code, 'เจ้าหน้าที่อำเภอ ' || u.name_th || ' (ทดสอบ)', 'district_officer'
      where u.kind = 'district'
    ) a
    where u.kind in ('department', 'province', 'district')
    on conflict do nothing`.execute(db);
  const accounts = await db
    .selectFrom('users as u')
    .innerJoin('units as n', 'n.id', 'u.unit_id')
    .select(['u.id', 'u.username', 'u.role', 'n.code'])
    .where('u.username', 'like', 'nation.%')
    .orderBy('u.username')
    .execute();
  const expires = new Date(Date.now() + hours * 3_600_000);
  const users = accounts.map((a) => {
    const token = randomBytes(32).toString('base64url');
    return {
      id: a.id,
      user: {
        username: a.username,
        role: a.role,
        unitCode: a.code,
        token,
        cookieName: SESSION_COOKIE,
        cookie: `${SESSION_COOKIE}=${token}`,
        csrf: csrfTokenOf(token),
      },
    };
  });
  for (let i = 0; i < users.length; i += 2_000) {
    await db
      .insertInto('sessions')
      .values(
        users
          .slice(i, i + 2_000)
          .map((u) => ({ id: sessionIdOf(u.user.token), user_id: u.id, expires_at: expires })),
      )
      .execute();
  }
  return users.map((u) => u.user);
}
