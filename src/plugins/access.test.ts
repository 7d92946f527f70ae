import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/schema.ts';
import { containing, inScope, pathAbove, pathUnder, startingWith } from './access.ts';

const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

describe('scope rule in SQL', () => {
  it('matches a path and everything below it, with % and _ taken literally', () => {
    const q = db
      .selectFrom('units')
      .select('id')
      .where((eb) => pathUnder(eb.ref('path'), '/CDD/9_%/'))
      .compile();
    expect(q.sql).toBe('select "id" from "units" where "path" like $1');
    expect(q.parameters).toEqual(['/CDD/9\\_\\%/%']);
  });

  it("reads the user's scope path", () => {
    const user = { scope: { path: '/CDD/95/' } } as Parameters<typeof inScope>[1];
    const q = db
      .selectFrom('units')
      .select('id')
      .where((eb) => inScope(eb.ref('path'), user))
      .compile();
    expect(q.parameters).toEqual(['/CDD/95/%']);
  });

  it('finds the ancestors of a path with starts_with, not a pattern built from the column', () => {
    const q = db
      .selectFrom('units')
      .select('id')
      .where((eb) => pathAbove(eb.ref('path'), '/CDD/95/9501/'))
      .compile();
    expect(q.sql).toBe('select "id" from "units" where starts_with($1, "path")');
  });

  it('escapes a search text for a containing pattern', () => {
    expect(containing('50%_a\\')).toBe('%50\\%\\_a\\\\%');
    expect(startingWith('95_2')).toBe('95\\_2%');
  });
});
