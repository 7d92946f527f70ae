import { z } from 'zod';
import { unitKinds } from '../../db/schema.ts';
import { fromThaiDigits } from '../../domain/calendar/thai-digits.ts';
import { plainString } from '../../http/schemas.ts';

export const unitCodeParams = z.object({ code: plainString().trim().min(1).max(20) });

export const unitSearchQuery = z.object({
  q: plainString().trim().min(1, 'กรุณาพิมพ์คำค้นหา').max(100),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** A village number as typed: Arabic or Thai digits, 1–99. */
export const villageNumber = z.preprocess(
  (v) => (typeof v === 'string' ? Number(fromThaiDigits(v.trim()) || Number.NaN) : v),
  z
    .number({ message: 'หมู่ที่ต้องเป็นตัวเลข' })
    .int('หมู่ที่ต้องเป็นจำนวนเต็ม')
    .min(1, 'หมู่ที่ต้องอยู่ระหว่าง 1–99')
    .max(99, 'หมู่ที่ต้องอยู่ระหว่าง 1–99'),
);

export const newVillageBody = z.object({
  number: villageNumber,
  nameTh: plainString().trim().min(1, 'กรุณากรอกชื่อหมู่บ้าน').max(200, 'ชื่อหมู่บ้านยาวเกิน 200 ตัวอักษร'),
  nameEn: plainString().trim().max(200).optional(),
});
export type NewVillageInput = z.infer<typeof newVillageBody>;

export const villageRow = z.object({
  subdistrict_code: z.preprocess(
    (v) => (typeof v === 'string' ? fromThaiDigits(v) : v),
    plainString().regex(/^\d{6}$/, 'รหัสตำบลต้องเป็นตัวเลข 6 หลัก'),
  ),
  village_no: villageNumber,
  name_th: newVillageBody.shape.nameTh,
  name_en: plainString().max(200).optional(),
});

/** A unit as the API shows it: no path, and how many units sit directly below it. */
export const unitView = z.object({
  id: z.number(),
  code: z.string(),
  kind: z.enum(unitKinds),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  parentId: z.number().nullable(),
  childCount: z.number(),
});

export const unitSearchResponse = z.object({
  items: z.array(z.object({ unit: unitView, path: z.string() })),
});

export const unitDetailResponse = z.object({
  unit: unitView,
  ancestors: z.array(unitView),
  children: z.array(unitView),
  counts: z.object({
    region: z.number(),
    province: z.number(),
    district: z.number(),
    subdistrict: z.number(),
    village: z.number(),
    work_group: z.number(),
  }),
  groups: z.array(unitView),
});

export const newVillageResponse = z.object({ unit: unitView });

export const villageImportResponse = z.object({ created: z.number() });
