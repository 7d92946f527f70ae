import ExcelJS from 'exceljs';
import type { Formula } from '../../domain/formula/schema.ts';
import { type KpiSetKpi, kpiSchema } from '../../domain/kpi-library/kpi-set-file.ts';
import type { RowError } from '../../errors.ts';
import type { TableRow } from '../imports/table-reader.ts';
import type { presentKpi } from './service.ts';

type Card = ReturnType<typeof presentKpi>;

/** One row per KPI card; lists inside a cell are one item per line, parts split by " | ". */
export const KPI_COLUMNS = [
  'key',
  'number',
  'kind',
  'name_th',
  'name_en',
  'unit_of_measure',
  'weight',
  'definition',
  'formula_text',
  'formula_expression',
  'formula_inputs',
  'rationale',
  'data_source',
  'level_1',
  'level_2',
  'level_3',
  'level_4',
  'level_5',
  'criteria',
  'evidence',
  'contacts',
  'work_group',
  'measurement_day',
  'notes',
] as const;

/** The Thai header of each column: the export writes these, an import reads them (or the keys), errors name them. */
export const KPI_COLUMN_LABELS: Record<(typeof KPI_COLUMNS)[number], string> = {
  key: 'รหัสตัวชี้วัด',
  number: 'ตัวชี้วัดที่',
  kind: 'ประเภทตัวชี้วัด',
  name_th: 'ชื่อตัวชี้วัด',
  name_en: 'ชื่อตัวชี้วัดภาษาอังกฤษ',
  unit_of_measure: 'หน่วยวัด',
  weight: 'น้ำหนัก',
  definition: 'คำนิยาม',
  formula_text: 'สูตรการคำนวณ',
  formula_expression: 'สูตรสำหรับคำนวณอัตโนมัติ',
  formula_inputs: 'ข้อมูลในสูตร',
  rationale: 'เหตุผลในการวัด',
  data_source: 'แหล่งข้อมูล',
  level_1: 'เกณฑ์ระดับ 1',
  level_2: 'เกณฑ์ระดับ 2',
  level_3: 'เกณฑ์ระดับ 3',
  level_4: 'เกณฑ์ระดับ 4',
  level_5: 'เกณฑ์ระดับ 5',
  criteria: 'เกณฑ์ที่ใช้คิดคะแนน',
  evidence: 'หลักฐานเชิงประจักษ์',
  contacts: 'ผู้รับผิดชอบและผู้ประสานงาน',
  work_group: 'กลุ่มงานที่รับผิดชอบ',
  measurement_day: 'วันที่วัดผลของทุกเดือน',
  notes: 'หมายเหตุ',
};

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const parts = (line: string) => line.split('|').map((p) => p.trim());

/**
 * The evidence cell: one "levels | text" line per item, where a line that does not start with levels continues the
 * item above (a seed's evidence text may hold line breaks, and the export writes it as it is).
 */
function evidenceItems(cell: string) {
  const items: { levels: string; text: string }[] = [];
  for (const line of lines(cell)) {
    const last = items.at(-1);
    if (last && !/^[1-5](\s*-\s*[1-5])?\s*\|/.test(line)) {
      last.text = `${last.text}\n${line}`;
      continue;
    }
    const [levels = '', ...text] = parts(line);
    items.push({ levels, text: text.join(' | ') });
  }
  return items;
}
const orNull = (text: string | undefined) => (text && text.trim() !== '' ? text.trim() : null);

function cells(card: Card): Record<(typeof KPI_COLUMNS)[number], string | number | null> {
  const formula = card.formula as Formula | null;
  const levels = card.levelTexts;
  return {
    key: card.key,
    number: card.number,
    kind: card.kind,
    name_th: card.nameTh,
    name_en: card.nameEn,
    unit_of_measure: card.unitOfMeasure,
    weight: card.weight,
    definition: card.definition,
    formula_text: card.formulaText,
    formula_expression: formula?.expression ?? null,
    formula_inputs: formula
      ? formula.inputs
          .map((i) => [i.id, i.labelTh, i.unit ?? '', i.labelEn ?? '', i.shortTh ?? ''].join(' | '))
          .join('\n')
      : null,
    rationale: card.rationale,
    data_source: card.dataSource,
    level_1: levels[0] ?? '',
    level_2: levels[1] ?? '',
    level_3: levels[2] ?? '',
    level_4: levels[3] ?? '',
    level_5: levels[4] ?? '',
    criteria: JSON.stringify(card.criteria),
    evidence: (card.evidence as { levels: string; text: string }[])
      .map((e) => `${e.levels} | ${e.text}`)
      .join('\n'),
    contacts: (card.contacts as { role: string; name: string; position: string; phone: string | null }[])
      .map((c) => [c.role, c.name, c.position, c.phone ?? ''].join(' | '))
      .join('\n'),
    work_group: card.workGroup,
    measurement_day: card.measurementDay,
    notes: card.notes,
  };
}

export async function kpiWorkbook(title: string, cards: Card[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('ตัวชี้วัด');
  sheet.columns = KPI_COLUMNS.map((c) => ({
    header: KPI_COLUMN_LABELS[c],
    key: c,
    width: c.startsWith('level') || c === 'definition' ? 40 : 16,
  }));
  for (const card of cards) sheet.addRow(cells(card));
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  const about = workbook.addWorksheet('คำอธิบาย');
  about.addRows([
    [title],
    [KPI_COLUMN_LABELS.kind, 'team = รายทีม, individual = รายบุคคล, optional = ทางเลือก'],
    [
      KPI_COLUMN_LABELS.criteria,
      'เกณฑ์การให้คะแนนแบบ JSON เช่น {"type":"threshold","direction":"higher","inclusive":true,"thresholds":["80","85","90","95","100"]}',
    ],
    [
      KPI_COLUMN_LABELS.formula_inputs,
      'หนึ่งบรรทัดต่อหนึ่งตัวแปร: รหัสตัวแปร | ชื่อภาษาไทย | หน่วย | ชื่อภาษาอังกฤษ | ชื่อย่อในสูตร',
    ],
    [KPI_COLUMN_LABELS.evidence, 'หนึ่งบรรทัดต่อหนึ่งช่วงระดับ: 1-5 | หลักฐาน'],
    [KPI_COLUMN_LABELS.contacts, 'หนึ่งบรรทัดต่อหนึ่งคน: responsible หรือ coordinator | ชื่อ | ตำแหน่ง | โทรศัพท์'],
    [KPI_COLUMN_LABELS.work_group, 'G1 ยุทธศาสตร์, G2 ประสานฯ, G3 ส่งเสริม, G4 สารสนเทศ'],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cardOf(v: Record<string, string>, row: number, errors: RowError[]): unknown {
  let criteria: unknown = null;
  try {
    criteria = JSON.parse(v.criteria || 'null');
  } catch {
    errors.push({ row, field: 'criteria', message: 'criteria ต้องเป็น JSON ที่ถูกต้อง' });
  }
  const expression = orNull(v.formula_expression);
  return {
    key: v.key,
    number: v.number,
    kind: v.kind,
    nameTh: v.name_th,
    nameEn: orNull(v.name_en),
    unitOfMeasure: orNull(v.unit_of_measure),
    weight: orNull(v.weight),
    definition: orNull(v.definition),
    formulaText: orNull(v.formula_text),
    formula: expression
      ? {
          expression,
          inputs: lines(v.formula_inputs ?? '').map((l) => {
            const [id = '', labelTh = '', unit = '', labelEn = '', shortTh = ''] = parts(l);
            return {
              id,
              labelTh,
              ...(unit ? { unit } : {}),
              ...(labelEn ? { labelEn } : {}),
              ...(shortTh ? { shortTh } : {}),
            };
          }),
        }
      : null,
    rationale: orNull(v.rationale),
    dataSource: orNull(v.data_source),
    levelTexts: [v.level_1 ?? '', v.level_2 ?? '', v.level_3 ?? '', v.level_4 ?? '', v.level_5 ?? ''],
    criteria,
    evidence: evidenceItems(v.evidence ?? ''),
    contacts: lines(v.contacts ?? '').map((l) => {
      const [role = '', name = '', position = '', phone = ''] = parts(l);
      return { role, name, position, phone: orNull(phone) };
    }),
    workGroup: orNull(v.work_group),
    measurementDay: orNull(v.measurement_day) === null ? null : Number(v.measurement_day),
    notes: orNull(v.notes),
  };
}

const columnOfField: Record<string, string> = {
  nameTh: 'name_th',
  nameEn: 'name_en',
  unitOfMeasure: 'unit_of_measure',
  formulaText: 'formula_text',
  dataSource: 'data_source',
  workGroup: 'work_group',
  measurementDay: 'measurement_day',
};

/** The spreadsheet column a schema path points at: levelTexts.2 → level_3, formula.inputs.0.id → formula_inputs. */
function columnOf(path: readonly PropertyKey[]): string {
  const [head, next] = path.map(String);
  if (head === 'levelTexts' && next !== undefined) return `level_${Number(next) + 1}`;
  if (head === 'formula') return next === 'expression' ? 'formula_expression' : 'formula_inputs';
  return columnOfField[head ?? ''] ?? head ?? 'row';
}

/** Every row checked with the same schema as the API; errors name the row and the column. */
export function cardsOfTable(table: TableRow[]): { cards: KpiSetKpi[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const cards: KpiSetKpi[] = [];
  const seen = new Map<string, number>();
  for (const { row, values } of table) {
    const before = errors.length;
    const parsed = kpiSchema.safeParse(cardOf(values, row, errors));
    if (errors.length > before) continue;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row, field: columnOf(issue.path), message: issue.message });
      continue;
    }
    const first = seen.get(parsed.data.key);
    if (first !== undefined) {
      errors.push({ row, field: 'key', message: `รหัส ${parsed.data.key} ซ้ำกับแถวที่ ${first}` });
      continue;
    }
    seen.set(parsed.data.key, row);
    cards.push(parsed.data);
  }
  return { cards, errors };
}
