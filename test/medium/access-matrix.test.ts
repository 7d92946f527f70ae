import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  accessMatrix,
  type Call,
  crossScopeWrites,
  injectAs,
  type MatrixEntry,
  routesOf,
} from '../access-matrix.ts';
import { fingerprint, type MatrixRole, matrixRoles, type Target, targets, worldOf } from '../access-world.ts';
import { engines } from '../helpers.ts';
import { citizenId, readXlsx } from '../register-fixtures.ts';

/** The rows Chachoengsao keeps: no answer to a Yala account may carry them. */
const FOREIGN_MARKS = [
  'ของหน่วย 2401',
  'หัวหน้าครัวเรือน 2401',
  'จังหวัด 24',
  'ชุดทดสอบ 24 ',
  'district-officer-2401',
];
/** Household heads' names and ID numbers: only the owning district and province see them. */
const PERSONAL_MARKS = ['หัวหน้าครัวเรือน 9501', 'หัวหน้าครัวเรือน 2401', citizenId(2), citizenId(3)];

async function bodyText(res: LightMyRequestResponse): Promise<string> {
  if (String(res.headers['content-type'] ?? '').includes('spreadsheetml'))
    return (await readXlsx(res.rawPayload)).flatMap((s) => s.rows.map((r) => r.join('\t'))).join('\n');
  return res.body;
}

type Case = { route: string; entry: MatrixEntry; role: MatrixRole; target: Target; allow: boolean };

const cases: Case[] = Object.entries(accessMatrix).flatMap(([route, entry]) =>
  matrixRoles.flatMap((role) =>
    targets.flatMap((target, i) => {
      const answer = (entry.expect[role] as Answers)[i];
      return answer === '-' ? [] : [{ route, entry, role, target, allow: answer === 'A' }];
    }),
  ),
);

describe.each(engines())('access matrix on %s', (engine) => {
  const world = worldOf(engine);

  /**
   * A refused case's request, built once per route and target and sent again for the next refused role: a refused
   * request leaves its tables as they were (each case asserts it), so the next role meets the same rows a fresh
   * build would make, without the build (fresh reports, agreements, plans...). Built anew for every allowed case,
   * and for every case of an entry whose call reads the role (it declares the third parameter).
   */
  const refusedCalls = new Map<string, Promise<Call>>();
  function callOf(c: Case): Promise<Call> {
    const build = async () => c.entry.call(world(), c.target, c.role);
    if (c.allow || c.entry.call.length > 2) return build();
    const key = `${c.route} ${c.target}`;
    const cached = refusedCalls.get(key) ?? build();
    refusedCalls.set(key, cached);
    return cached;
  }

  it('holds an entry for every route, and no entry for a route that is gone', () => {
    const w = world();
    const routes = routesOf(w.t.app);
    const missing = routes.filter((r) => !(r in accessMatrix));
    const stale = Object.keys(accessMatrix).filter((r) => !routes.includes(r));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  const mixed = crossScopeWrites.flatMap((c) =>
    (['province_admin', 'province_staff', 'district_officer'] as const).map(
      (role) => [`${c.name} as ${role}`, c, role] as const,
    ),
  );
  it.each(mixed)('refuses %s', async (_, c, role) => {
    const w = world();
    const before = await fingerprint(w, c.tables);
    const res = await injectAs(w, role, c.call(w));
    expect([403, 404, 422], `${res.statusCode} ${res.body.slice(0, 300)}`).toContain(res.statusCode);
    expect(await fingerprint(w, c.tables)).toBe(before);
  });

  it('sees the marks where they belong, so the checks below can fail', async () => {
    const w = world();
    const foreign = await w.sessions.department_admin.get(
      `/api/registers/budget/lines?unit=2401&fiscalYear=2568`,
    );
    expect(foreign.body).toContain(FOREIGN_MARKS[0]);
    const own = await w.sessions.province_admin.get(`/api/registers/households/${w.units['9501'].household}`);
    expect(own.body).toContain(PERSONAL_MARKS[0]);
  });

  const named = cases.map(
    (c) => [`${c.route} as ${c.role} on ${c.target}: ${c.allow ? 'allowed' : 'refused'}`, c] as const,
  );
  it.each(named)('%s', async (_, c) => {
    const { entry, role, target, allow } = c;
    const w = world();
    const call = await callOf(c);
    const write = call.method !== 'GET' && entry.tables !== undefined;
    const before = write && !allow ? await fingerprint(w, entry.tables ?? []) : '';
    const res = await injectAs(w, role, call);
    if (!allow) {
      const refusals = entry.refusesByRow ? [401, 403, 404, 422] : [401, 403, 404];
      expect(refusals, `${res.statusCode} ${res.body.slice(0, 300)}`).toContain(res.statusCode);
      if (write) expect(await fingerprint(w, entry.tables ?? [])).toBe(before);
      return;
    }
    expect(res.statusCode, res.body.slice(0, 300)).toBeGreaterThanOrEqual(200);
    expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(400);
    await entry.after?.(w, res);
    const text = await bodyText(res);
    if (entry.shows) expect(text).toContain(entry.shows(w, target));
    if (role !== 'department_admin') for (const mark of FOREIGN_MARKS) expect(text).not.toContain(mark);
    if (role === 'viewer' || role === 'department_admin')
      for (const mark of PERSONAL_MARKS) expect(text).not.toContain(mark);
  });
});
