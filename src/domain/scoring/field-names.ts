/**
 * The Thai names of the JSON keys that the scoring criteria, formula and KPI-set file schemas use, so a message a
 * user reads names the field in Thai ("ค่าเกณฑ์ระดับที่ 3") while the key stays in the error's `field`.
 * `item` names one element of a list, counted from 1: thresholds[2] → "ค่าเกณฑ์ระดับที่ 3".
 */
interface FieldName {
  readonly name: string;
  readonly item?: string;
}

const FIELD_NAMES: Readonly<Record<string, FieldName>> = {
  // Scoring criteria (src/domain/scoring/criteria.ts)
  criteria: { name: 'เกณฑ์การให้คะแนน' },
  unitCriteria: { name: 'เกณฑ์ตามโครงการของหน่วยงาน' },
  type: { name: 'รูปแบบเกณฑ์' },
  direction: { name: 'ทิศทางของเกณฑ์' },
  inclusive: { name: 'การนับค่าที่เท่ากับเกณฑ์' },
  thresholds: { name: 'ค่าเกณฑ์แต่ละระดับ', item: 'ค่าเกณฑ์ระดับที่' },
  interpolate: { name: 'การคิดคะแนนตามสัดส่วนระหว่างระดับ' },
  bands: { name: 'ช่วงค่าแต่ละระดับ', item: 'ช่วงค่าระดับที่' },
  min: { name: 'ค่าต่ำสุด' },
  max: { name: 'ค่าสูงสุด' },
  minInclusive: { name: 'การรวมค่าต่ำสุด' },
  maxInclusive: { name: 'การรวมค่าสูงสุด' },
  tiers: { name: 'ขั้นค่าเป้าหมาย', item: 'ขั้นค่าเป้าหมายที่' },
  levels: { name: 'ขั้นตอนแต่ละระดับ', item: 'ขั้นตอนของระดับที่' },
  measures: { name: 'เงื่อนไข', item: 'เงื่อนไขที่' },
  id: { name: 'รหัส' },
  label: { name: 'ชื่อ' },
  // Measured results and weighted scores (evaluate.ts, weighted.ts, count-needed.ts)
  value: { name: 'ผลการดำเนินงาน' },
  targets: { name: 'ค่าเป้าหมาย' },
  verified: { name: 'ขั้นตอนที่ผ่านแล้ว' },
  lists: { name: 'กลุ่มตัวชี้วัด', item: 'กลุ่มตัวชี้วัดที่' },
  weights: { name: 'น้ำหนัก', item: 'น้ำหนักรายการที่' },
  score: { name: 'คะแนน' },
  denominator: { name: 'จำนวนทั้งหมด' },
  achieved: { name: 'จำนวนที่ผ่านเกณฑ์' },
  tableTarget: { name: 'ค่าเป้าหมายตามตาราง' },
  percentOf: { name: 'ฐานการคิดร้อยละ' },
  // Formula (src/domain/formula/schema.ts)
  formula: { name: 'สูตรสำหรับคำนวณอัตโนมัติ' },
  /** The formula's text: its messages already say "สูตร…" ("สูตรไม่ถูกต้องที่ตำแหน่ง 17"), so the formula names it. */
  expression: { name: '' },
  inputs: { name: 'ข้อมูลในสูตร', item: 'ข้อมูลที่' },
  'inputs.id': { name: 'รหัสในสูตร' },
  'inputs.labelTh': { name: 'ชื่อข้อมูล' },
  shortTh: { name: 'ชื่อย่อในสูตร' },
  labelTh: { name: 'ชื่อภาษาไทย' },
  labelEn: { name: 'ชื่อภาษาอังกฤษ' },
  unit: { name: 'หน่วย' },
  // KPI-set file (src/domain/kpi-library/kpi-set-file.ts)
  source: { name: 'ที่มาของข้อมูล' },
  owner: { name: 'หน่วยงานเจ้าของ' },
  fiscalYear: { name: 'ปีงบประมาณ' },
  round: { name: 'รอบการประเมิน' },
  nameTh: { name: 'ชื่อภาษาไทย' },
  nameEn: { name: 'ชื่อภาษาอังกฤษ' },
  kpis: { name: 'ตัวชี้วัด', item: 'ตัวชี้วัดที่' },
  key: { name: 'รหัสตัวชี้วัด' },
  number: { name: 'ตัวชี้วัดที่' },
  kind: { name: 'ประเภทตัวชี้วัด' },
  unitOfMeasure: { name: 'หน่วยวัด' },
  weight: { name: 'น้ำหนัก' },
  definition: { name: 'คำนิยาม' },
  formulaText: { name: 'สูตรการคำนวณ' },
  rationale: { name: 'เหตุผลในการวัด' },
  dataSource: { name: 'แหล่งข้อมูล' },
  levelTexts: { name: 'ข้อความเกณฑ์แต่ละระดับ', item: 'ข้อความเกณฑ์ระดับที่' },
  evidence: { name: 'หลักฐานเชิงประจักษ์', item: 'หลักฐานที่' },
  'evidence.levels': { name: 'ระดับคะแนน' },
  text: { name: 'ข้อความ' },
  contacts: { name: 'ผู้รับผิดชอบ/ผู้ประสานงาน', item: 'ผู้รับผิดชอบ/ผู้ประสานงานคนที่' },
  role: { name: 'บทบาท' },
  name: { name: 'ชื่อ' },
  position: { name: 'ตำแหน่ง' },
  phone: { name: 'โทรศัพท์' },
  workGroup: { name: 'กลุ่มงานที่รับผิดชอบ' },
  measurementDay: { name: 'วันที่วัดผลของทุกเดือน' },
  notes: { name: 'หมายเหตุ' },
  agreements: { name: 'คำรับรอง', item: 'คำรับรองที่' },
  pair: { name: 'คู่คำรับรอง' },
  principal: { name: 'หน่วยงานผู้ให้คำรับรอง' },
  agents: { name: 'หน่วยงานผู้รับคำรับรอง', item: 'หน่วยงานผู้รับคำรับรองที่' },
  optionalRequired: { name: 'จำนวนตัวชี้วัดทางเลือกที่ต้องเลือก' },
  items: { name: 'รายการตัวชี้วัด', item: 'รายการตัวชี้วัดที่' },
  kpi: { name: 'ตัวชี้วัด' },
  section: { name: 'หมวดตัวชี้วัด' },
};

/** A KPI's kind and an agreement item's section, as kpiKind.* reads them. */
const KPI_KIND_NAMES = { team: 'ตัวชี้วัดรายทีม', individual: 'ตัวชี้วัดรายบุคคล', optional: 'ตัวชี้วัดทางเลือก' };

/**
 * The Thai names of the values a field allows, as the screens show them (web/src/shared/i18n/messages: the KPI
 * editor's criteria selects, kpiKind.*, kpi.responsible, workGroup.*, pair.*), so "ต้องเป็นหนึ่งใน: …" never lists an
 * API value; the value itself stays in the schema and the data.
 */
const VALUE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  type: {
    threshold: 'ค่าขั้นต่ำ/สูงสุดของแต่ละระดับ',
    bands: 'ช่วงค่าของแต่ละระดับ',
    tiers: 'ค่าเป้าหมายขั้นต่ำ/มาตรฐาน/สูง',
    milestones: 'ขั้นตอนความสำเร็จ',
    composite: 'หลายเงื่อนไข',
    'project-defined': 'ตามโครงการที่เสนอ',
  },
  direction: { higher: 'สูงดี', lower: 'ต่ำดี' },
  kind: KPI_KIND_NAMES,
  section: KPI_KIND_NAMES,
  role: { responsible: 'ผู้รับผิดชอบตัวชี้วัด', coordinator: 'ผู้ประสานงานตัวชี้วัด' },
  workGroup: { G1: 'G1 ยุทธศาสตร์', G2: 'G2 ประสานฯ', G3: 'G3 ส่งเสริม', G4: 'G4 สารสนเทศ' },
  pair: {
    dg_province: 'อธิบดีกรมการพัฒนาชุมชน กับ พัฒนาการจังหวัด',
    province_district: 'พัฒนาการจังหวัด กับ พัฒนาการอำเภอ',
    province_work_group: 'พัฒนาการจังหวัด กับ ผู้อำนวยการกลุ่มงาน',
  },
};

/** An allowed value of the field at `path` in Thai: ('direction', 'higher') → "สูงดี"; a number reads as itself. */
export function thaiValueName(path: readonly PropertyKey[], value: unknown): string {
  const field = path.findLast((key) => typeof key === 'string');
  return (typeof field === 'string' ? VALUE_NAMES[field]?.[String(value)] : undefined) ?? String(value);
}

/** What a key without a Thai name reads as, when nothing before it names the field. */
const GENERIC = 'ข้อมูล';

function nameOf(key: string, parent: string | undefined): FieldName | undefined {
  return (parent === undefined ? undefined : FIELD_NAMES[`${parent}.${key}`]) ?? FIELD_NAMES[key];
}

/**
 * A JSON path in Thai, never its keys: ['kpis', 0, 'criteria', 'thresholds', 2] →
 * "ตัวชี้วัดที่ 1 เกณฑ์การให้คะแนน ค่าเกณฑ์ระดับที่ 3"; a position after an unnamed list is "รายการที่ N";
 * a key without a Thai name (a tier id, a unit code) is left out, or reads "ข้อมูล" when nothing else names the field.
 */
export function thaiFieldName(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  let parent: string | undefined;
  path.forEach((key, index) => {
    if (typeof key === 'number') {
      const list = path[index - 1];
      const item = typeof list === 'string' ? nameOf(list, parent)?.item : undefined;
      if (item === undefined) words.push(`รายการที่ ${key + 1}`);
      return;
    }
    const name = nameOf(String(key), parent);
    parent = String(key);
    if (name === undefined || name.name === '') return;
    const next = path[index + 1];
    words.push(typeof next === 'number' && name.item !== undefined ? `${name.item} ${next + 1}` : name.name);
  });
  return words.length === 0 ? GENERIC : words.join(' ');
}

/** A field as ScoringInputError names it ('targets.high', 'lists[0].items[2].weight') in Thai, as thaiFieldName. */
export function thaiFieldOf(field: string): string {
  const parts = [...field.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map(([part, index]) =>
    index === undefined ? part : Number(index),
  );
  return thaiFieldName(parts);
}
