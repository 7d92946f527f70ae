import { expect, it } from 'vitest';
import { compiledSql, departmentReader, yala, yalaMonthlyReport } from '../../../test/compiled-sql.ts';
import { boardOf } from './board.ts';

it("checks in the SQL of a province's reports board (queries.sql)", async () => {
  const sql = await compiledSql(
    {
      'reports board: a province and month': (db) =>
        boardOf(db, departmentReader, '95', '2025-06', '2025-06-20'),
    },
    [
      [/from "units" where "code" = \$1/, [yala]],
      [
        /from "units" where "kind" = \$1/,
        [{ id: 950, code: '9501', name_th: 'เมืองยะลา', path: '/CDD/95/9501/' }],
      ],
      [/from "report_types" as "t"/, [yalaMonthlyReport]],
    ],
  );
  await expect(sql).toMatchFileSnapshot('./queries.sql');
});
