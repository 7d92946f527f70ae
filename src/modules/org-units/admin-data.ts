import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.ts';
import type { NewUnit } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordAudit } from '../audit/service.ts';
import { insertMemberships, insertUnits, linkParents } from './queries.ts';

const dataDir = path.resolve(import.meta.dirname, '../../../data');

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as T;

type Province = { provinceCode: number; provinceNameTh: string; provinceNameEn: string };
type District = {
  provinceCode: number;
  districtCode: number;
  districtNameTh: string;
  districtNameEn: string;
};
type Subdistrict = {
  districtCode: number;
  subdistrictCode: number;
  subdistrictNameTh: string;
  subdistrictNameEn: string;
};
type Region = { code: string; nameTh: string; nameEn: string; provinces: string[] };
type WorkGroup = { suffix: string; nameTh: string; nameEn: string };

export const DEPARTMENT_CODE = 'CDD';
/** Bangkok has no CDD provincial office (data/org/work-groups.json). */
const NO_PROVINCE_OFFICE = new Set(['10']);

/** The department, 77 provinces, 928 districts, 7,436 sub-districts, 11 regions and the province work groups, as rows with paths. */
export function adminUnits(): { units: NewUnit[]; memberships: { group: string; member: string }[] } {
  const provinces = readJson<Province[]>('thai-admin/provinces.json');
  const districts = readJson<District[]>('thai-admin/districts.json');
  const subdistricts = readJson<Subdistrict[]>('thai-admin/subdistricts.json');
  const { regions } = readJson<{ regions: Region[] }>('org/regions.json');
  const { workGroups } = readJson<{ workGroups: WorkGroup[] }>('org/work-groups.json');

  const root = `/${DEPARTMENT_CODE}/`;
  const pathOf = new Map<string, string>();
  const unit = (
    kind: NewUnit['kind'],
    code: string,
    parentPath: string,
    nameTh: string,
    nameEn: string | null,
  ) => {
    const p = `${parentPath}${code}/`;
    pathOf.set(code, p);
    return { kind, code, name_th: nameTh, name_en: nameEn, parent_id: null, path: p } satisfies NewUnit;
  };
  const units: NewUnit[] = [
    {
      kind: 'department',
      code: DEPARTMENT_CODE,
      name_th: 'กรมการพัฒนาชุมชน',
      name_en: 'Community Development Department',
      parent_id: null,
      path: root,
    },
    ...regions.map((r) => unit('region', r.code, root, r.nameTh, r.nameEn)),
    ...provinces.map((p) =>
      unit('province', String(p.provinceCode), root, p.provinceNameTh, p.provinceNameEn),
    ),
  ];
  for (const p of provinces) {
    const code = String(p.provinceCode);
    if (NO_PROVINCE_OFFICE.has(code)) continue;
    for (const g of workGroups)
      units.push(unit('work_group', `${code}-${g.suffix}`, `${root}${code}/`, g.nameTh, g.nameEn));
  }
  for (const d of districts) {
    units.push(
      unit(
        'district',
        String(d.districtCode),
        pathOf.get(String(d.provinceCode)) ?? '',
        d.districtNameTh,
        d.districtNameEn,
      ),
    );
  }
  for (const s of subdistricts) {
    units.push(
      unit(
        'subdistrict',
        String(s.subdistrictCode),
        pathOf.get(String(s.districtCode)) ?? '',
        s.subdistrictNameTh,
        s.subdistrictNameEn,
      ),
    );
  }
  const memberships = regions.flatMap((r) => r.provinces.map((member) => ({ group: r.code, member })));
  return { units, memberships };
}

/** Loads the administrative tree in one transaction; parent ids are filled from the paths in one statement. */
export async function loadAdminUnits(db: Db): Promise<number> {
  const { units, memberships } = adminUnits();
  return inTransaction(db, async (trx) => {
    await insertUnits(trx, units);
    await linkParents(trx);
    await insertMemberships(trx, memberships);
    await recordAudit(trx, {
      actor: null,
      unitId: null,
      action: 'import',
      entity: 'units',
      entityId: null,
      before: null,
      after: { source: 'data/thai-admin', count: units.length },
    });
    return units.length;
  });
}
