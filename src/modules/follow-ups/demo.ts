import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { checkValues, type FormValues } from '../../domain/forms/values.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/service.ts';
import { unitsByCodes } from '../org-units/service.ts';
import { fillAgreementKpis } from './prefill.ts';
import { insertFollowUps } from './queries.ts';
import { informantOf, searchTextOf } from './service.ts';
import { templateIdsWithCode, templatesByIds } from './templates.ts';

/**
 * The demo's follow-ups: seed 000's visit to Warin Chamrap (อำเภอวารินชำราบ, 3415) on 27 July 2566 (the monthly plan's
 * row 1, "อ.วารินชำราบ (09.00น.)"), one finished form of each builtin template. The seed's forms are blank, so the
 * answers are made up and say so ("ข้อมูลสาธิต"); the KPI form's KPIs are the demo agreement's live scores.
 */
const VISIT_DATE = '2023-07-27';
const DEMO = 'ข้อมูลสาธิต';

const signers = (informantPosition: string) => ({
  informant: [{ name: `ผู้ให้ข้อมูล (${DEMO})`, position: informantPosition }],
  followers: [
    { name: `ผู้ติดตาม คนที่ 1 (${DEMO})`, position: 'นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี' },
    { name: `ผู้ติดตาม คนที่ 2 (${DEMO})`, position: 'นักวิชาการพัฒนาชุมชนปฏิบัติการ สำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี' },
  ],
});

const answers: Record<string, FormValues> = {
  'fund-follow-up': {
    fund_total: '96',
    village_funds: '90',
    urban_funds: '6',
    military_funds: '0',
    juristic_funds: '88',
    round1_funds: '96',
    round1_amount: '96',
    round2_funds: '41',
    round2_amount: '4.1',
    round3_funds: '70',
    round3_amount: '21.35',
    round4_funds: '94',
    round4_amount: '94',
    remaining_funds: '2',
    remaining_names: `กองทุนหมู่บ้านสาธิต 1 และกองทุนหมู่บ้านสาธิต 2 (${DEMO})`,
    remaining_solution: 'ให้คณะกรรมการกองทุนจัดทำเอกสารขอรับการเพิ่มทุนระยะที่ 3 ให้ครบ',
    savings_funds: '90',
    savings_amount: '58.75',
    problems: `กองทุนบางแห่งมีหนี้ค้างชำระ (${DEMO})`,
    suggestions: 'ติดตามการชำระหนี้และส่งเสริมการจดทะเบียนนิติบุคคลให้ครบทุกกองทุน',
    ...signers('พัฒนาการอำเภอวารินชำราบ'),
  },
  'strong-subdistrict': {
    plan: `ขับเคลื่อนตำบลเข้มแข็งตามหลักปรัชญาของเศรษฐกิจพอเพียง ตำบลเป้าหมาย 2 ตำบล (${DEMO})`,
    results: 'จัดเวทีประชาคมและจัดทำแผนพัฒนาตำบลครบทั้ง 2 ตำบล',
    d1: '85',
    d2: '80',
    d3: '90',
    problems: `ผู้นำชุมชนบางส่วนติดภารกิจ (${DEMO})`,
    suggestions: 'ประสานนัดหมายล่วงหน้าอย่างน้อย 1 สัปดาห์',
    ...signers('นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนอำเภอวารินชำราบ'),
  },
  'kpi-follow-up': {
    problems: `การรายงานผลบางตัวชี้วัดล่าช้า (${DEMO})`,
    suggestions: 'บันทึกผลในระบบทุกสิ้นเดือน',
    ...signers('พัฒนาการอำเภอวารินชำราบ'),
  },
};

/** Three finished follow-ups of Warin Chamrap, one per builtin form; each checked as a finished form is. */
export async function loadDemoFollowUps(db: Db): Promise<number> {
  const [unit, province] = await unitsByCodes(db, ['3415', '34']).then((units) => [
    units.find((u) => u.code === '3415'),
    units.find((u) => u.code === '34'),
  ]);
  if (!unit || !province) throw notFound('อำเภอวารินชำราบหรือจังหวัดอุบลราชธานี');
  const ids = (await Promise.all(Object.keys(answers).map((code) => templateIdsWithCode(db, code)))).flat();
  const templates = (await templatesByIds(db, ids)).filter(
    (t) => t.status === 'published' && t.ownerPath === null,
  );
  const rows = await Promise.all(
    templates.map(async (template) => {
      const live = await fillAgreementKpis(
        db,
        template.definition,
        answers[template.code] ?? {},
        unit,
        VISIT_DATE,
      );
      const { values, problems } = checkValues(template.definition, live, { finishing: true });
      if (problems.length > 0)
        throw new Error(`demo follow-up ${template.code}: ${problems.map((p) => p.messageTh).join('; ')}`);
      return {
        client_id: randomUUID(),
        template_id: template.id,
        unit_id: unit.id,
        province_id: province.id,
        status: 'finished' as const,
        follow_up_date: VISIT_DATE,
        values: JSON.stringify(values),
        informant: informantOf(template.definition, values),
        search_text: searchTextOf(template, unit, values),
        created_by: null,
        finished_at: new Date(),
      };
    }),
  );
  if (rows.length === 0) return 0;
  const created = await insertFollowUps(db, rows);
  await recordAudit(
    db,
    ...created.map((row) => ({
      actor: null,
      unitId: unit.id,
      action: 'import',
      entity: 'follow_up',
      entityId: String(row.id),
      before: null,
      after: { templateId: row.template_id, unit: unit.code, demo: true },
    })),
  );
  return created.length;
}
