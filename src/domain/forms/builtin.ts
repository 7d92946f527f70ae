import type {
  CommunityFundMeasure,
  ComputedField,
  FormDefinition,
  FormField,
  LongTextField,
  NumberField,
  SignatureField,
} from './definition.ts';

/**
 * The three follow-up forms of seed 000 (Ubon Ratchathani's monitoring letter, July 2566, attachment 3
 * "แบบติดตามผลการดำเนินงานฯ จำนวน ๓ ชุด", L20), written as form definitions. Line numbers are seed 000's.
 * They are installed as published, department-wide version 1 by the migration 2026-12-08-1000-form-templates.ts,
 * which keeps a frozen JSON copy (a test checks the copy still equals these).
 *
 * Every builtin names its signers `informant` (ผู้ให้ข้อมูล / ผู้รับการติดตาม, one) and `followers` (ผู้ติดตาม,
 * three); the follow-up date ("ติดตามเมื่อวันที่…", L233, L292) is the follow-up's own date, not a field.
 */
export type BuiltinFormCode = 'fund-follow-up' | 'strong-subdistrict' | 'kpi-follow-up';

const count = (
  key: string,
  labelTh: string,
  measure?: CommunityFundMeasure,
  required = false,
): NumberField => ({
  key,
  labelTh,
  required,
  kind: 'number',
  unit: 'กองทุน',
  min: '0',
  decimals: 0,
  ...(measure === undefined ? {} : { prefill: { source: 'community-funds', measure } }),
});

const millionBaht = (key: string, labelTh: string, measure: CommunityFundMeasure): NumberField => ({
  key,
  labelTh,
  required: false,
  kind: 'number',
  unit: 'ล้านบาท',
  min: '0',
  decimals: 2,
  prefill: { source: 'community-funds', measure },
});

const longText = (key: string, labelTh: string, required = false): LongTextField => ({
  key,
  labelTh,
  required,
  kind: 'longText',
});

const computed = (
  key: string,
  labelTh: string,
  expression: string,
  unit: string,
  decimals: number,
): ComputedField => ({
  key,
  labelTh,
  required: false,
  kind: 'computed',
  expression,
  decimals,
  unit,
});

/** "ลงชื่อ…ผู้ให้ข้อมูล (…) ตำแหน่ง…" once, then "ลงชื่อ…ผู้ติดตาม" three times. */
const signers = (informantTh: string): FormField[] => [
  {
    key: 'informant',
    labelTh: informantTh,
    required: true,
    kind: 'signature',
    count: 1,
  } satisfies SignatureField,
  {
    key: 'followers',
    labelTh: 'ผู้ติดตาม',
    required: true,
    kind: 'signature',
    count: 3,
  } satisfies SignatureField,
];

const problemsAndSuggestions = (problemsTitle: string, suggestionsTitle: string) => [
  { titleTh: problemsTitle, fields: [longText('problems', 'ปัญหาอุปสรรค')] },
  { titleTh: suggestionsTitle, fields: [longText('suggestions', 'ข้อเสนอแนะ')] },
];

/** §6.2: แบบติดตามการดำเนินงานกองทุนหมู่บ้านและชุมชนเมือง, L102–167. */
const fundFollowUp: FormDefinition = {
  titleTh: 'แบบติดตามการดำเนินงานกองทุนหมู่บ้านและชุมชนเมือง', // L102
  subject: 'district',
  sections: [
    {
      // L104–108: "อำเภอ..... มีกองทุนหมู่บ้านและชุมชนเมือง ทั้งสิ้น จำนวน..... กองทุน แบ่งเป็น ๑) … ๒) … ๓) …"
      titleTh: '๑. จำนวนกองทุนหมู่บ้านและชุมชนเมืองของอำเภอ',
      fields: [
        count('fund_total', 'กองทุนหมู่บ้านและชุมชนเมือง ทั้งสิ้น', 'fundsTotal', true),
        count('village_funds', 'กองทุนหมู่บ้าน', 'villageFunds'),
        count('urban_funds', 'กองทุนชุมชนเมือง', 'urbanFunds'),
        count('military_funds', 'กองทุนชุมชนทหาร', 'militaryFunds'),
      ],
    },
    {
      // L110: "จัดทะเบียนเป็นนิติบุคคลได้ จำนวน.....กองทุน คิดเป็นร้อยละ.....คงเหลือ.....กองทุน"
      titleTh: '๒. การจัดทะเบียนเป็นนิติบุคคล',
      fields: [
        count('juristic_funds', 'จัดทะเบียนเป็นนิติบุคคลได้', 'juristicFunds'),
        computed('juristic_percent', 'คิดเป็นร้อยละ', 'juristic_funds * 100 / fund_total', 'ร้อยละ', 2),
        computed('juristic_remaining', 'คงเหลือ (ยังไม่จดทะเบียน)', 'fund_total - juristic_funds', 'กองทุน', 0),
      ],
    },
    {
      // L112–135: four capital rounds (funds and million baht), what remains, and account 1's total.
      titleTh: '๓. ผลการดำเนินงาน',
      fields: [
        // L114–116
        count('round1_funds', '๑) ได้รับเงินจัดสรรจากรัฐบาลกองทุนละ ๑ ล้านบาท (ปี ๒๕๔๔–๒๕๔๕)', 'round1Funds'),
        millionBaht('round1_amount', '๑) รวมเป็นเงิน', 'round1Amount'),
        // L118–120
        count(
          'round2_funds',
          '๒) ได้รับการประเมินศักยภาพและประสิทธิภาพการบริหารจัดการ ระดับ AAA หรือระดับดี (กองทุนละ ๑ แสนบาท ปี ๒๕๔๖–๒๕๔๗)',
          'round2Funds',
        ),
        millionBaht('round2_amount', '๒) เป็นเงิน', 'round2Amount'),
        // L122–124
        count('round3_funds', '๓) ได้รับเงินเพิ่มทุนตามโครงการเพิ่มทุน ระยะที่ ๒ (ปี ๒๕๕๒–๒๕๕๓)', 'round3Funds'),
        millionBaht('round3_amount', '๓) เป็นเงิน', 'round3Amount'),
        // L126–128
        count(
          'round4_funds',
          '๔) ได้รับการเพิ่มทุนตามโครงการเพิ่มทุน ระยะที่ ๓ (กองทุนฯ ละ ๑ ล้านบาท ปี ๒๕๕๕–๒๕๖๐)',
          'round4Funds',
        ),
        millionBaht('round4_amount', '๔) เป็นเงิน', 'round4Amount'),
        // L130–133: "คงเหลือ.....กองทุน..ได้แก่..... แนวทางในการแก้ไขปัญหา....."
        count('remaining_funds', 'คงเหลือ'),
        longText('remaining_names', 'ได้แก่'),
        longText('remaining_solution', 'แนวทางในการแก้ไขปัญหา'),
        // L135: "รวมเงินทุนหมุนเวียนที่รัฐบาลจัดสรรให้ (บัญชี ๑) จำนวน.....ล้านบาท"
        computed(
          'account1_total',
          'รวมเงินทุนหมุนเวียนที่รัฐบาลจัดสรรให้ (บัญชี ๑)',
          'round1_amount + round2_amount + round3_amount + round4_amount',
          'ล้านบาท',
          2,
        ),
      ],
    },
    {
      // L137–139
      titleTh: '๔. เงินออมตามระเบียบข้อบังคับของกองทุน (เงินสัจจะ/เงินออมของสมาชิก บัญชี ๒)',
      fields: [
        count('savings_funds', 'กองทุนที่มีเงินออม', 'savingsFunds'),
        millionBaht('savings_amount', 'วงเงิน', 'savingsAmount'),
      ],
    },
    // L141, L143
    ...problemsAndSuggestions('๕. ปัญหาอุปสรรคในการดำเนินงาน', '๖. ข้อเสนอแนะ'),
    // L145–167
    { titleTh: 'ผู้ให้ข้อมูลและผู้ติดตาม', fields: signers('ผู้ให้ข้อมูล') },
  ],
};

/**
 * §6.3: แบบติดตามการขับเคลื่อนตำบลเข้มแข็งตามหลักปรัชญาของเศรษฐกิจพอเพียง, L169–233.
 * The seed gives no maximum for a dimension's points (L188–196); we take 100 each, so the total is out of 300
 * and the percent is total × 100 ÷ 300: an assumption to confirm with the department. The level is that
 * percent against KPI 000-I6's bands (L260–264): ≥ 70 / 75 / 80 / 85 / 90 → level 1–5, else 0.
 */
const strongSubdistrict: FormDefinition = {
  titleTh: 'แบบติดตามการขับเคลื่อนตำบลเข้มแข็งตามหลักปรัชญาของเศรษฐกิจพอเพียง', // L169
  subject: 'district', // L170 "อำเภอ....."
  sections: [
    { titleTh: '๑) แผนการดำเนินงาน', fields: [longText('plan', 'แผนการดำเนินงาน', true)] }, // L172
    { titleTh: '๒) ผลการดำเนินงาน', fields: [longText('results', 'ผลการดำเนินงาน', true)] }, // L179
    {
      titleTh: '๓) การประเมินผลการพัฒนาฯ (ประเมินตนเอง)', // L186
      fields: [
        ...(
          [
            ['d1', 'มิติที่ ๑ ด้านความมั่นคง'], // L188
            ['d2', 'มิติที่ ๒ ด้านความมั่งคั่ง'], // L190
            ['d3', 'มิติที่ ๓ ด้านความยั่งยืน'], // L192 prints "มิติที่ ๑ ด้านความยั่งยืน" [sic]
          ] as const
        ).map(
          ([key, labelTh]): NumberField => ({
            key,
            labelTh,
            required: true,
            kind: 'number',
            unit: 'คะแนน',
            min: '0',
            max: '100',
            decimals: 2,
          }),
        ),
        computed('total', 'รวม', 'd1 + d2 + d3', 'คะแนน', 2), // L194
        computed('percent', 'คิดเป็นร้อยละของคะแนนเต็ม ๓๐๐', 'total * 100 / 300', 'ร้อยละ', 2),
        {
          ...computed('level', 'อยู่ในระดับ', 'percent', 'ระดับ', 0), // L196
          levels: ['70', '75', '80', '85', '90'], // L260–264
        },
      ],
    },
    // L198, L204 (the form skips ๔); the issue list L66–67 has "๔) ปัญหาอุปสรรค ๕) ข้อเสนอแนะ")
    ...problemsAndSuggestions('๕) ปัญหาอุปสรรค', '๖) ข้อเสนอแนะ'),
    { titleTh: 'ผู้รับการติดตามและผู้ติดตาม', fields: signers('ผู้รับการติดตาม') }, // L209–231
  ],
};

/**
 * §6.4: แบบการติดตามผลการดำเนินงานตามตัวชี้วัดและค่าเป้าหมายการประเมินผลการปฏิบัติราชการ, L235–292.
 * The seed's tables 8.1 (team) and 8.2 (individual) list each KPI with its L1–L5 text, weight % and score
 * (L237–270); here they are the district's current agreement, weights and live scores, filled by the server.
 * The seed form has no problems/suggestions; they follow the issue list's topics (L58).
 */
const kpiFollowUp: FormDefinition = {
  titleTh: 'แบบการติดตามผลการดำเนินงานตามตัวชี้วัดและค่าเป้าหมายการประเมินผลการปฏิบัติราชการ', // L235
  subtitleTh: 'ตามคำรับรองการปฏิบัติราชการรอบการประเมินปัจจุบันของอำเภอ',
  subject: 'district',
  sections: [
    {
      titleTh: 'ตัวชี้วัดและค่าเป้าหมาย', // L239 "ตัวชี้วัดและค่าเป้าหมาย … | น้ำหนัก ร้อยละ | ค่าคะแนน"
      fields: [
        {
          key: 'kpis',
          labelTh: 'ตัวชี้วัด น้ำหนัก (ร้อยละ) และค่าคะแนน',
          required: false,
          kind: 'agreementKpis',
        },
      ],
    },
    ...problemsAndSuggestions('ปัญหาอุปสรรค', 'ข้อเสนอแนะ'),
    { titleTh: 'ผู้รับการติดตามและผู้ติดตาม', fields: signers('ผู้รับการติดตาม') }, // L272–290
  ],
};

export const builtinForms: readonly {
  readonly code: BuiltinFormCode;
  readonly definition: FormDefinition;
}[] = [
  { code: 'fund-follow-up', definition: fundFollowUp },
  { code: 'strong-subdistrict', definition: strongSubdistrict },
  { code: 'kpi-follow-up', definition: kpiFollowUp },
];
