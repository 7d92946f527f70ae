import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Session } from './helpers.ts';

/**
 * Issue R2-6 item 5: two officers load the same record and both save (test/medium/row-versions*.test.ts). The
 * first is saved, the second is refused 409 `stale` with a Thai message naming who saved and when, and the stored
 * record is the first save; a save from the current version goes through and moves the version on.
 */
export type Versioned = { rowVersion: number };

export type Race<V extends Versioned> = {
  a: Session;
  b: Session;
  /** The name the 409 must give: the first saver's display name. */
  aName: string;
  read: (s: Session) => Promise<V>;
  save: (
    s: Session,
    rowVersion: number | undefined,
    variant: 'first' | 'second' | 'third',
  ) => Promise<LightMyRequestResponse>;
  /** The part of the record the saves change, to compare what is stored with what was saved. */
  pick: (v: V) => unknown;
  what: string;
};

export async function expectNoLostUpdate<V extends Versioned>(race: Race<V>) {
  const [loadedA, loadedB] = await Promise.all([race.read(race.a), race.read(race.b)]);
  expect(loadedA.rowVersion).toBe(loadedB.rowVersion);
  const first = await race.save(race.a, loadedA.rowVersion, 'first');
  expect(first.statusCode, first.body).toBe(200);
  const afterFirst = await race.read(race.a);
  expect(afterFirst.rowVersion).toBe(loadedA.rowVersion + 1);
  const second = await race.save(race.b, loadedB.rowVersion, 'second');
  expect(second.statusCode, second.body).toBe(409);
  const error = second.json().error as { code: string; message: string; field: string };
  expect(error.code).toBe('stale');
  expect(error.field).toBe('rowVersion');
  expect(error.message).toContain(race.what);
  expect(error.message).toContain(`ถูกแก้ไขโดย ${race.aName} เมื่อ `);
  expect(error.message).toMatch(/เมื่อ \d{1,2} \S+ 25\d\d เวลา \d\d:\d\d น\./);
  expect(error.message).toContain('กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง');
  const stored = await race.read(race.b);
  expect(race.pick(stored)).toEqual(race.pick(afterFirst));
  expect(stored.rowVersion).toBe(afterFirst.rowVersion);
  const third = await race.save(race.b, stored.rowVersion, 'third');
  expect(third.statusCode, third.body).toBe(200);
  const final = await race.read(race.a);
  expect(final.rowVersion).toBe(stored.rowVersion + 1);
  expect(race.pick(final)).not.toEqual(race.pick(stored));
}

/** Two saves from the same version sent at once: exactly one is stored, the other refused (the guarded UPDATE). */
export async function expectOneOfTwoAtOnce<V extends Versioned>(race: Race<V>) {
  const loaded = await race.read(race.a);
  const answers = await Promise.all([
    race.save(race.a, loaded.rowVersion, 'first'),
    race.save(race.b, loaded.rowVersion, 'second'),
  ]);
  expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  const after = await race.read(race.a);
  expect(after.rowVersion).toBe(loaded.rowVersion + 1);
}
