import { z } from 'zod';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
import { fiscalYear, id, isoDate, optionalText, plainString, yearMonth } from '../../http/schemas.ts';
import { editionHistoryAnswer, editionStatus } from '../editions/schemas.ts';

/**
 * The inputs of the monthly visit plans (issue R2-5 item 1). Shapes and lengths are checked here; the rules that
 * need the plan (a row's date in its month, the end after the start, the district in the province) are checked by
 * the service, which answers 422 naming the row: "แถวที่ 3: วันที่ต้องอยู่ในเดือนกรกฎาคม 2566".
 */

const line = (label: string, max: number) => plainString().trim().max(max, `${label}ยาวเกิน ${max} ตัวอักษร`);
const unitCode = plainString().trim().max(20, 'รหัสหน่วยงานยาวเกิน 20 ตัวอักษร');

export const topicLineSchema = z.object({
  kind: z.enum(['heading', 'point'], { message: 'ชนิดบรรทัดของประเด็นต้องเป็น หัวข้อย่อย หรือ ข้อ' }),
  text: line('ข้อความของประเด็น', 1000).min(1, 'กรุณากรอกข้อความของประเด็นย่อย'),
});

export const topicSchema = z.object({
  titleTh: line('ชื่อประเด็น', 500).min(1, 'กรุณากรอกชื่อประเด็น'),
  detailTh: line('รายละเอียดประเด็น', 3000).default(''),
  lines: z.array(topicLineSchema).max(40, 'ประเด็นหนึ่งมีข้อย่อยได้ไม่เกิน 40 ข้อ').default([]),
});

export const rowSchema = z.object({
  activityTh: line('กิจกรรม', 1000),
  workGroupCode: unitCode.nullable(),
  workGroupTh: line('กลุ่มงาน', 300),
  date: plainString().trim().max(10, 'วันที่ต้องอยู่ในรูปแบบ YYYY-MM-DD'),
  timeFrom: line('เวลาเริ่ม', 5),
  timeTo: line('เวลาสิ้นสุด', 5).nullable(),
  districtCode: unitCode.nullable(),
  placeTh: line('สถานที่ดำเนินการ', 500),
  topics: z.array(topicSchema).max(20, 'แถวหนึ่งมีประเด็นได้ไม่เกิน 20 ประเด็น'),
  remarksTh: line('หมายเหตุ', 1000).default(''),
});
export type PlanRow = z.infer<typeof rowSchema>;

export const letterSchema = z.object({
  number: line('เลขที่หนังสือ', 60),
  officeTh: line('ส่วนราชการ', 300),
  addressTh: line('ที่อยู่ส่วนราชการ', 500),
  date: isoDate.nullable(),
  subjectTh: line('เรื่อง', 1000),
  toTh: line('เรียน', 500),
  attachments: z
    .array(
      z.object({
        titleTh: line('สิ่งที่ส่งมาด้วย', 300).min(1, 'กรุณากรอกชื่อสิ่งที่ส่งมาด้วย'),
        quantityTh: line('จำนวนสิ่งที่ส่งมาด้วย', 60),
      }),
    )
    .max(10, 'สิ่งที่ส่งมาด้วยมีได้ไม่เกิน 10 รายการ'),
  paragraphs: z.array(line('ย่อหน้า', 5000)).max(10, 'หนังสือมีได้ไม่เกิน 10 ย่อหน้า'),
  closingTh: line('คำลงท้าย', 300),
  signerName: line('ชื่อผู้ลงนาม', 200),
  signerPosition: line('ตำแหน่งผู้ลงนาม', 500),
  contactUnitTh: line('ส่วนราชการเจ้าของเรื่อง', 300),
  contactPhoneTh: line('โทรศัพท์', 100),
});

export const bodySchema = z.object({
  rows: z.array(rowSchema).max(200, 'แผนหนึ่งเดือนมีได้ไม่เกิน 200 แถว'),
  letter: letterSchema,
});
export type PlanBody = z.infer<typeof bodySchema>;

export const createBody = z.object({
  unitCode: unitCode.min(1, 'กรุณาระบุหน่วยงาน').optional(),
  month: yearMonth,
});
export type CreateInput = z.infer<typeof createBody>;

export const saveBody = z.object({ body: bodySchema, rowVersion: rowVersionField });

export const listQuery = z.object({
  unit: unitCode.optional(),
  fiscalYear: fiscalYear.optional(),
  month: yearMonth.optional(),
  q: optionalText('คำค้น', 200),
});
export type ListQuery = z.infer<typeof listQuery>;

export const unitQuery = z.object({ unit: unitCode.optional() });

export const finishBody = z.object({
  confirm: z.literal(true, { message: 'กรุณายืนยันการจบแผนการติดตามงาน (แก้ไขไม่ได้อีก)' }),
});

export const topicBody = topicSchema.extend({
  unitCode: unitCode.optional(),
  position: z.number({ message: 'ลำดับต้องเป็นตัวเลข' }).int().min(0).max(999).optional(),
});
export type TopicInput = z.infer<typeof topicBody>;
export const topicEditBody = topicBody.extend({ rowVersion: rowVersionField });
export type TopicEditInput = z.infer<typeof topicEditBody>;

export const topicParams = z.object({ id });

/* Answers. */

const office = z.object({ code: z.string(), nameTh: z.string() });
const topicAnswer = z.object({
  titleTh: z.string(),
  detailTh: z.string(),
  lines: z.array(z.object({ kind: z.enum(['heading', 'point']), text: z.string() })),
});

const planHeader = z.object({
  id: z.number(),
  unit: office,
  month: z.string(),
  fiscalYear: z.number(),
  version: z.number(),
  status: editionStatus,
  rowCount: z.number(),
  letterNumber: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  rowVersion: rowVersionOut,
});

export const planListResponse = z.object({ items: z.array(planHeader), canCreate: z.boolean() });

export const planResponse = planHeader.extend({
  amendsId: z.number().nullable(),
  body: z.object({
    rows: z.array(
      z.object({
        activityTh: z.string(),
        workGroupCode: z.string().nullable(),
        workGroupTh: z.string(),
        date: z.string(),
        timeFrom: z.string(),
        timeTo: z.string().nullable(),
        districtCode: z.string().nullable(),
        placeTh: z.string(),
        topics: z.array(topicAnswer),
        remarksTh: z.string(),
      }),
    ),
    letter: z.object({
      number: z.string(),
      officeTh: z.string(),
      addressTh: z.string(),
      date: z.string().nullable(),
      subjectTh: z.string(),
      toTh: z.string(),
      attachments: z.array(z.object({ titleTh: z.string(), quantityTh: z.string() })),
      paragraphs: z.array(z.string()),
      closingTh: z.string(),
      signerName: z.string(),
      signerPosition: z.string(),
      contactUnitTh: z.string(),
      contactPhoneTh: z.string(),
    }),
  }),
  choices: z.object({
    districts: z.array(office),
    workGroups: z.array(office),
  }),
  ...editionHistoryAnswer,
});

export const topicResponse = topicAnswer.extend({
  id: z.number(),
  position: z.number(),
  rowVersion: rowVersionOut,
});
export const topicListResponse = z.object({
  unit: office,
  items: z.array(topicResponse),
  canEdit: z.boolean(),
});
export const deletedResponse = z.object({ deleted: z.literal(true) });
