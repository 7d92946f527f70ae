import { expect, it } from 'vitest';
import { compiledSql, yala, yalaMonthlyReport } from '../../../test/compiled-sql.ts';
import type { Db } from '../../db/database.ts';
import type { AuthUser, UnitRef } from '../../plugins/access.ts';
import { homeBlocks, homeOf } from './service.ts';

const province: UnitRef = {
  id: yala.id,
  code: yala.code,
  kind: 'province',
  nameTh: yala.name_th,
  nameEn: null,
  parentId: yala.parent_id,
  path: yala.path,
};
const district: UnitRef = {
  id: 950,
  code: '9501',
  kind: 'district',
  nameTh: 'เมืองยะลา',
  nameEn: null,
  parentId: yala.id,
  path: '/CDD/95/9501/',
};
const userAt = (unit: UnitRef, role: AuthUser['role']): AuthUser => ({
  id: 7,
  username: unit.code,
  displayName: unit.nameTh,
  positionTitle: null,
  role,
  unit,
  scope: unit,
});

const home = (db: Db, user: AuthUser) =>
  homeOf(
    db,
    user,
    '2025-06-20',
    homeBlocks(db, user, '2025-06-20').then((b) => ({ ...b, asOf: '' })),
  );

it('checks in the SQL of the home of a province and of a district (home.sql)', async () => {
  const sql = await compiledSql(
    {
      "home: a province's admin": (db) => home(db, userAt(province, 'province_admin')),
      "home: a district's officer": (db) => home(db, userAt(district, 'district_officer')),
    },
    [
      [
        /from "units" where "kind" = \$1/,
        [{ id: 950, code: '9501', name_th: 'เมืองยะลา', path: district.path }],
      ],
      [/from "report_types" as "t"/, [yalaMonthlyReport]],
      [/with recursive years/, [{ year: 2568 }]],
      [
        /from "agreements" as "a" inner join "units" as "p"/,
        [
          {
            id: 3,
            kpi_set_id: 2,
            status: 'signed',
            agent_id: 950,
            agent_path: district.path,
            principal_path: yala.path,
          },
        ],
      ],
    ],
  );
  await expect(sql).toMatchFileSnapshot('./home.sql');
});
