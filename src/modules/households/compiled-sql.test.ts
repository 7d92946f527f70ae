import { expect, it } from 'vitest';
import { compiledSql, departmentReader, yala } from '../../../test/compiled-sql.ts';
import { householdSummary } from './summary.ts';

it("checks in the SQL of a province's household summary (queries.sql)", async () => {
  const sql = await compiledSql(
    {
      'household summary: a province by district': (db) =>
        householdSummary(db, departmentReader, { unit: '95', fiscalYear: 2568 }),
    },
    [[/from "units" where "code" = \$1/, [yala]]],
  );
  await expect(sql).toMatchFileSnapshot('./queries.sql');
});
