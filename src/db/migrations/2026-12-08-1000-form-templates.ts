import { type Kysely, sql } from 'kysely';

// Issue R2-5 item 2: follow-up form templates, built with the designer and versioned like report types. A template
// belongs to the department (unit_id null: every province uses it) or to one province; (owner, code, version) is
// unique, with a null owner counted as 0 so two department-wide templates cannot share a code and version. A draft
// is edited freely; publishing locks it and retires the owner's previously published version of the same code (one
// published version per owner and code); a change is a new draft version copied from it. The definition is one jsonb
// document checked by src/domain/forms/definition.ts before it is written; search_text is its words.
//
// The three follow-up forms of seed 000 (fund follow-up, strong sub-district, KPI follow-up) are installed as
// published department-wide version 1. Their definitions are a frozen copy of src/domain/forms/builtin.ts as it was
// when this migration was written (migrations never import app code); test/medium/form-templates.test.ts checks the
// copy still equals builtinForms.
export const BUILTIN_FORMS = [
  {
    code: 'fund-follow-up',
    definition: {
      titleTh: 'แบบติดตามการดำเนินงานกองทุนหมู่บ้านและชุมชนเมือง',
      subject: 'district',
      sections: [
        {
          titleTh: '๑. จำนวนกองทุนหมู่บ้านและชุมชนเมืองของอำเภอ',
          fields: [
            {
              key: 'fund_total',
              labelTh: 'กองทุนหมู่บ้านและชุมชนเมือง ทั้งสิ้น',
              required: true,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'fundsTotal',
              },
            },
            {
              key: 'village_funds',
              labelTh: 'กองทุนหมู่บ้าน',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'villageFunds',
              },
            },
            {
              key: 'urban_funds',
              labelTh: 'กองทุนชุมชนเมือง',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'urbanFunds',
              },
            },
            {
              key: 'military_funds',
              labelTh: 'กองทุนชุมชนทหาร',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'militaryFunds',
              },
            },
          ],
        },
        {
          titleTh: '๒. การจัดทะเบียนเป็นนิติบุคคล',
          fields: [
            {
              key: 'juristic_funds',
              labelTh: 'จัดทะเบียนเป็นนิติบุคคลได้',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'juristicFunds',
              },
            },
            {
              key: 'juristic_percent',
              labelTh: 'คิดเป็นร้อยละ',
              required: false,
              kind: 'computed',
              expression: 'juristic_funds * 100 / fund_total',
              decimals: 2,
              unit: 'ร้อยละ',
            },
            {
              key: 'juristic_remaining',
              labelTh: 'คงเหลือ (ยังไม่จดทะเบียน)',
              required: false,
              kind: 'computed',
              expression: 'fund_total - juristic_funds',
              decimals: 0,
              unit: 'กองทุน',
            },
          ],
        },
        {
          titleTh: '๓. ผลการดำเนินงาน',
          fields: [
            {
              key: 'round1_funds',
              labelTh: '๑) ได้รับเงินจัดสรรจากรัฐบาลกองทุนละ ๑ ล้านบาท (ปี ๒๕๔๔–๒๕๔๕)',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'round1Funds',
              },
            },
            {
              key: 'round1_amount',
              labelTh: '๑) รวมเป็นเงิน',
              required: false,
              kind: 'number',
              unit: 'ล้านบาท',
              min: '0',
              decimals: 2,
              prefill: {
                source: 'community-funds',
                measure: 'round1Amount',
              },
            },
            {
              key: 'round2_funds',
              labelTh:
                '๒) ได้รับการประเมินศักยภาพและประสิทธิภาพการบริหารจัดการ ระดับ AAA หรือระดับดี (กองทุนละ ๑ แสนบาท ปี ๒๕๔๖–๒๕๔๗)',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'round2Funds',
              },
            },
            {
              key: 'round2_amount',
              labelTh: '๒) เป็นเงิน',
              required: false,
              kind: 'number',
              unit: 'ล้านบาท',
              min: '0',
              decimals: 2,
              prefill: {
                source: 'community-funds',
                measure: 'round2Amount',
              },
            },
            {
              key: 'round3_funds',
              labelTh: '๓) ได้รับเงินเพิ่มทุนตามโครงการเพิ่มทุน ระยะที่ ๒ (ปี ๒๕๕๒–๒๕๕๓)',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'round3Funds',
              },
            },
            {
              key: 'round3_amount',
              labelTh: '๓) เป็นเงิน',
              required: false,
              kind: 'number',
              unit: 'ล้านบาท',
              min: '0',
              decimals: 2,
              prefill: {
                source: 'community-funds',
                measure: 'round3Amount',
              },
            },
            {
              key: 'round4_funds',
              labelTh: '๔) ได้รับการเพิ่มทุนตามโครงการเพิ่มทุน ระยะที่ ๓ (กองทุนฯ ละ ๑ ล้านบาท ปี ๒๕๕๕–๒๕๖๐)',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'round4Funds',
              },
            },
            {
              key: 'round4_amount',
              labelTh: '๔) เป็นเงิน',
              required: false,
              kind: 'number',
              unit: 'ล้านบาท',
              min: '0',
              decimals: 2,
              prefill: {
                source: 'community-funds',
                measure: 'round4Amount',
              },
            },
            {
              key: 'remaining_funds',
              labelTh: 'คงเหลือ',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
            },
            {
              key: 'remaining_names',
              labelTh: 'ได้แก่',
              required: false,
              kind: 'longText',
            },
            {
              key: 'remaining_solution',
              labelTh: 'แนวทางในการแก้ไขปัญหา',
              required: false,
              kind: 'longText',
            },
            {
              key: 'account1_total',
              labelTh: 'รวมเงินทุนหมุนเวียนที่รัฐบาลจัดสรรให้ (บัญชี ๑)',
              required: false,
              kind: 'computed',
              expression: 'round1_amount + round2_amount + round3_amount + round4_amount',
              decimals: 2,
              unit: 'ล้านบาท',
            },
          ],
        },
        {
          titleTh: '๔. เงินออมตามระเบียบข้อบังคับของกองทุน (เงินสัจจะ/เงินออมของสมาชิก บัญชี ๒)',
          fields: [
            {
              key: 'savings_funds',
              labelTh: 'กองทุนที่มีเงินออม',
              required: false,
              kind: 'number',
              unit: 'กองทุน',
              min: '0',
              decimals: 0,
              prefill: {
                source: 'community-funds',
                measure: 'savingsFunds',
              },
            },
            {
              key: 'savings_amount',
              labelTh: 'วงเงิน',
              required: false,
              kind: 'number',
              unit: 'ล้านบาท',
              min: '0',
              decimals: 2,
              prefill: {
                source: 'community-funds',
                measure: 'savingsAmount',
              },
            },
          ],
        },
        {
          titleTh: '๕. ปัญหาอุปสรรคในการดำเนินงาน',
          fields: [
            {
              key: 'problems',
              labelTh: 'ปัญหาอุปสรรค',
              required: false,
              kind: 'longText',
            },
          ],
        },
        {
          titleTh: '๖. ข้อเสนอแนะ',
          fields: [
            {
              key: 'suggestions',
              labelTh: 'ข้อเสนอแนะ',
              required: false,
              kind: 'longText',
            },
          ],
        },
        {
          titleTh: 'ผู้ให้ข้อมูลและผู้ติดตาม',
          fields: [
            {
              key: 'informant',
              labelTh: 'ผู้ให้ข้อมูล',
              required: true,
              kind: 'signature',
              count: 1,
            },
            {
              key: 'followers',
              labelTh: 'ผู้ติดตาม',
              required: true,
              kind: 'signature',
              count: 3,
            },
          ],
        },
      ],
    },
  },
  {
    code: 'strong-subdistrict',
    definition: {
      titleTh: 'แบบติดตามการขับเคลื่อนตำบลเข้มแข็งตามหลักปรัชญาของเศรษฐกิจพอเพียง',
      subject: 'district',
      sections: [
        {
          titleTh: '๑) แผนการดำเนินงาน',
          fields: [
            {
              key: 'plan',
              labelTh: 'แผนการดำเนินงาน',
              required: true,
              kind: 'longText',
            },
          ],
        },
        {
          titleTh: '๒) ผลการดำเนินงาน',
          fields: [
            {
              key: 'results',
              labelTh: 'ผลการดำเนินงาน',
              required: true,
              kind: 'longText',
            },
          ],
        },
        {
          titleTh: '๓) การประเมินผลการพัฒนาฯ (ประเมินตนเอง)',
          fields: [
            {
              key: 'd1',
              labelTh: 'มิติที่ ๑ ด้านความมั่นคง',
              required: true,
              kind: 'number',
              unit: 'คะแนน',
              min: '0',
              max: '100',
              decimals: 2,
            },
            {
              key: 'd2',
              labelTh: 'มิติที่ ๒ ด้านความมั่งคั่ง',
              required: true,
              kind: 'number',
              unit: 'คะแนน',
              min: '0',
              max: '100',
              decimals: 2,
            },
            {
              key: 'd3',
              labelTh: 'มิติที่ ๓ ด้านความยั่งยืน',
              required: true,
              kind: 'number',
              unit: 'คะแนน',
              min: '0',
              max: '100',
              decimals: 2,
            },
            {
              key: 'total',
              labelTh: 'รวม',
              required: false,
              kind: 'computed',
              expression: 'd1 + d2 + d3',
              decimals: 2,
              unit: 'คะแนน',
            },
            {
              key: 'percent',
              labelTh: 'คิดเป็นร้อยละของคะแนนเต็ม ๓๐๐',
              required: false,
              kind: 'computed',
              expression: 'total * 100 / 300',
              decimals: 2,
              unit: 'ร้อยละ',
            },
            {
              key: 'level',
              labelTh: 'อยู่ในระดับ',
              required: false,
              kind: 'computed',
              expression: 'percent',
              decimals: 0,
              unit: 'ระดับ',
              levels: ['70', '75', '80', '85', '90'],
            },
          ],
        },
        {
          titleTh: '๕) ปัญหาอุปสรรค',
          fields: [
            {
              key: 'problems',
              labelTh: 'ปัญหาอุปสรรค',
              required: false,
              kind: 'longText',
            },
          ],
        },
        {
          titleTh: '๖) ข้อเสนอแนะ',
          fields: [
            {
              key: 'suggestions',
              labelTh: 'ข้อเสนอแนะ',
              required: false,
              kind: 'longText',
            },
          ],
        },
        {
          titleTh: 'ผู้รับการติดตามและผู้ติดตาม',
          fields: [
            {
              key: 'informant',
              labelTh: 'ผู้รับการติดตาม',
              required: true,
              kind: 'signature',
              count: 1,
            },
            {
              key: 'followers',
              labelTh: 'ผู้ติดตาม',
              required: true,
              kind: 'signature',
              count: 3,
            },
          ],
        },
      ],
    },
  },
  {
    code: 'kpi-follow-up',
    definition: {
      titleTh: 'แบบการติดตามผลการดำเนินงานตามตัวชี้วัดและค่าเป้าหมายการประเมินผลการปฏิบัติราชการ',
      subtitleTh: 'ตามคำรับรองการปฏิบัติราชการรอบการประเมินปัจจุบันของอำเภอ',
      subject: 'district',
      sections: [
        {
          titleTh: 'ตัวชี้วัดและค่าเป้าหมาย',
          fields: [
            {
              key: 'kpis',
              labelTh: 'ตัวชี้วัด น้ำหนัก (ร้อยละ) และค่าคะแนน',
              required: false,
              kind: 'agreementKpis',
            },
          ],
        },
        {
          titleTh: 'ปัญหาอุปสรรค',
          fields: [
            {
              key: 'problems',
              labelTh: 'ปัญหาอุปสรรค',
              required: false,
              kind: 'longText',
            },
          ],
        },
        {
          titleTh: 'ข้อเสนอแนะ',
          fields: [
            {
              key: 'suggestions',
              labelTh: 'ข้อเสนอแนะ',
              required: false,
              kind: 'longText',
            },
          ],
        },
        {
          titleTh: 'ผู้รับการติดตามและผู้ติดตาม',
          fields: [
            {
              key: 'informant',
              labelTh: 'ผู้รับการติดตาม',
              required: true,
              kind: 'signature',
              count: 1,
            },
            {
              key: 'followers',
              labelTh: 'ผู้ติดตาม',
              required: true,
              kind: 'signature',
              count: 3,
            },
          ],
        },
      ],
    },
  },
];

/** The words of a definition, for the list's text search: every Thai title and label. */
function searchText(definition: unknown): string {
  const words: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (typeof inner === 'string' && (key === 'titleTh' || key === 'subtitleTh' || key === 'labelTh'))
          words.push(inner);
        else walk(inner);
      }
    }
  };
  walk(definition);
  return words.join('\n');
}

const statements = [
  sql`create table form_templates (
    id serial primary key,
    unit_id integer references units(id),
    code text not null check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    version integer not null check (version >= 1),
    status text not null default 'draft' check (status in ('draft', 'published', 'retired')),
    title_th text not null,
    definition jsonb not null,
    search_text text not null default '',
    created_by integer references users(id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    published_at timestamptz,
    published_by integer references users(id),
    check ((status = 'draft') = (published_at is null))
  )`,
  sql`create unique index form_templates_owner_code_version on form_templates (coalesce(unit_id, 0), code, version)`,
  sql`create unique index form_templates_one_published on form_templates (coalesce(unit_id, 0), code)
    where status = 'published'`,
  sql`create unique index form_templates_one_draft on form_templates (coalesce(unit_id, 0), code)
    where status = 'draft'`,
  sql`create index form_templates_unit on form_templates (unit_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
  for (const { code, definition } of BUILTIN_FORMS) {
    await sql`insert into form_templates (unit_id, code, version, status, title_th, definition, search_text, published_at)
      values (null, ${code}, 1, 'published', ${definition.titleTh}, ${JSON.stringify(definition)}::jsonb,
        ${searchText(definition)}, now())`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table form_templates`.execute(db);
}
