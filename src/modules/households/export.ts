import { PassThrough } from 'node:stream';
import type { Db } from '../../db/database.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { readableUnit } from '../org-units/unit-access.ts';
import { surveyYears } from './measure.ts';
import { seesPersonalData } from './personal-data.ts';
import { activitiesOf, incomesOf, listHouseholds, planItemsUnder } from './queries.ts';
import { householdSummary } from './summary.ts';
import { type WorkbookHousehold, type WorkbookPlanItem, writeHouseholdWorkbook } from './workbook-writer.ts';

const PAGE = 5_000;

async function* householdPages(
  db: Db,
  path: string,
  fiscalYear: number,
): AsyncGenerator<WorkbookHousehold[]> {
  const { baselineYear, resultYear } = surveyYears(fiscalYear);
  let after = 0;
  for (;;) {
    const page = await listHouseholds(db, { path, searchPersonal: false }, after, PAGE);
    if (page.length === 0) return;
    const ids = page.map((h) => h.id);
    const [incomes, activities] = await Promise.all([incomesOf(db, ids), activitiesOf(db, ids)]);
    const incomeBy = new Map(incomes.map((i) => [`${i.household_id}:${i.survey_year}`, i.income_per_person]));
    const income = (id: number, year: number) => incomeBy.get(`${id}:${year}`) ?? null;
    const activitiesBy = new Map<number, typeof activities>();
    for (const a of activities)
      activitiesBy.set(a.household_id, [...(activitiesBy.get(a.household_id) ?? []), a]);
    yield page.map((h) => ({
      house_code: h.house_code,
      unit_code: h.unit_code,
      address: h.address,
      head_name: h.head_name,
      head_citizen_id: h.head_citizen_id,
      members: h.members,
      status: h.status,
      problems: {
        health: h.problem_health,
        living: h.problem_living,
        education: h.problem_education,
        income: h.problem_income,
        access: h.problem_access,
      },
      baseline_income: income(h.id, baselineYear),
      result_income: income(h.id, resultYear),
      activities: activitiesBy.get(h.id) ?? [],
    }));
    after = page.at(-1)?.id ?? after;
  }
}

async function* planPages(db: Db, path: string): AsyncGenerator<WorkbookPlanItem[]> {
  let after = 0;
  for (;;) {
    const page = await planItemsUnder(db, path, after, PAGE);
    if (page.length === 0) return;
    yield page;
    after = page.at(-1)?.id ?? after;
  }
}

/**
 * The register of a unit as the seed's 3-sheet workbook, streamed while it is read from the database. Names and
 * ID numbers go only to the offices that own the households (see seesPersonalData); others get the file without
 * those columns.
 */
export async function exportHouseholds(db: Db, user: AuthUser, q: { unit: string; fiscalYear: number }) {
  const unit = await readableUnit(db, user, q.unit);
  const personal = seesPersonalData(user);
  // PDPA: a file carrying heads' names and ID numbers leaves the system only with a record of who took it.
  if (personal) {
    await recordAudit(db, {
      actor: user,
      unitId: unit.id,
      action: 'export',
      entity: 'household',
      entityId: null,
      before: null,
      after: { fiscalYear: q.fiscalYear, personalData: true },
    });
  }
  const summary = ['department', 'province', 'district'].includes(unit.kind)
    ? await householdSummary(db, user, q)
    : null;
  const stream = new PassThrough();
  writeHouseholdWorkbook(stream, {
    fiscalYear: q.fiscalYear,
    personal,
    households: householdPages(db, unit.path, q.fiscalYear),
    plans: planPages(db, unit.path),
    summary,
  }).catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return { filename: `tidtam-households-${unit.code}-${q.fiscalYear}.xlsx`, stream };
}

/**
 * The empty workbook to fill: sheets 1 and 2 hold their header rows only, so importing the template unedited saves
 * nothing; the example household and plan row (house and ID numbers made up) sit on the "วิธีกรอก" sheet after them.
 */
export function householdTemplate(fiscalYear: number) {
  const stream = new PassThrough();
  const household: WorkbookHousehold = {
    house_code: '95010012345',
    unit_code: '95010101',
    address: '12 หมู่ 1 ตำบลสะเตง อำเภอเมืองยะลา',
    head_name: 'นายตัวอย่าง ทดสอบ',
    head_citizen_id: '3100900123455',
    members: 4,
    status: 'developable',
    problems: { health: false, living: false, education: false, income: true, access: false },
    baseline_income: '32000',
    result_income: null,
    activities: [
      {
        activity: 'ส่งเสริมอาชีพเลี้ยงไก่ไข่',
        method: 'วิเคราะห์ปัญหาด้วย 4 ท. แล้วสนับสนุนพันธุ์ไก่และอาหาร',
        done_on: `${fiscalYear - 543 - 1}-12-15`,
        place: 'บ้านเลขที่ 12 หมู่ 1',
        agency: 'สำนักงานพัฒนาชุมชนอำเภอเมืองยะลา',
        agency_role: 'lead',
        result: 'มีรายได้เพิ่มเดือนละ 1,500 บาท',
      },
    ],
  };
  async function* none<T>(): AsyncIterable<T[]> {}
  writeHouseholdWorkbook(stream, {
    fiscalYear,
    personal: true,
    households: none(),
    plans: none(),
    summary: null,
    guide: {
      household,
      plan: {
        house_code: household.house_code,
        dimension: 'income',
        item: 'ฝึกอาชีพและหาตลาด',
        agency: 'ศจพ.อ.',
        due_on: `${fiscalYear - 543}-03-31`,
      },
    },
  }).catch((error: unknown) => stream.destroy(error instanceof Error ? error : new Error(String(error))));
  return { filename: `tidtam-households-template-${fiscalYear}.xlsx`, stream };
}
