import { z } from 'zod';
import { RESOLUTION_PHRASES } from '../../domain/minutes/agenda.ts';
import { rowVersionField, rowVersionOut } from '../../http/row-version.ts';
import { id, isoDate, optionalText, plainString, text } from '../../http/schemas.ts';
import { editionHistoryAnswer, editionStatus } from '../editions/schemas.ts';

/** The inputs of the meeting minutes (issue R2-5 item 3); every message is Thai and names its field and row. */

const TIME = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/;
const timeOf = (label: string) =>
  plainString()
    .trim()
    .refine((v) => TIME.test(v), `${label}ต้องเป็นเวลา ชั่วโมง.นาที เช่น 09.30`)
    .transform((v) => v.replace(':', '.').padStart(5, '0'));
const optionalTime = (label: string) =>
  z
    .union([z.literal(''), timeOf(label)])
    .nullable()
    .optional();

const line = (label: string, max: number) => plainString().trim().max(max, `${label}ยาวเกิน ${max} ตัวอักษร`);

export const liveTableKinds = ['budget', 'kpi', 'timeliness'] as const;
export type LiveTableKind = (typeof liveTableKinds)[number];

/** A table inside an item: typed in, or a live table snapshotted with its as-of date when it was inserted. */
export const tableSchema = z.object({
  kind: z.enum([...liveTableKinds, 'custom'], { message: 'ชนิดตารางไม่ถูกต้อง' }),
  titleTh: line('ชื่อตาราง', 300),
  asOf: isoDate.nullable(),
  columns: z.array(line('หัวตาราง', 100)).min(1, 'ตารางต้องมีอย่างน้อย 1 คอลัมน์').max(12, 'ตารางมีได้ไม่เกิน 12 คอลัมน์'),
  rows: z
    .array(z.array(line('ช่องตาราง', 300)).max(12, 'แถวมีได้ไม่เกิน 12 ช่อง'))
    .max(200, 'ตารางมีได้ไม่เกิน 200 แถว'),
  total: z.array(line('ช่องรวม', 300)).max(12).nullable(),
  noteTh: line('หมายเหตุตาราง', 500).default(''),
  /** How many of the item's text lines come before the table (the seed puts tables mid-text); null: after the text. */
  afterLine: z
    .number({ message: 'ตำแหน่งตารางต้องเป็นจำนวนบรรทัด' })
    .int('ตำแหน่งตารางต้องเป็นจำนวนเต็ม')
    .min(0, 'ตำแหน่งตารางต้องไม่ติดลบ')
    .nullable()
    .default(null),
});
export type MinutesTable = z.infer<typeof tableSchema>;

const signature = z.object({ name: line('ชื่อ', 200), position: line('ตำแหน่ง', 300) });

/** "มติที่ประชุม": a phrase from the list (seed 003 §1.6) or none, and free text after it ("โดยขอให้…"). */
const resolution = z.object({
  phrase: line('มติที่ประชุม', 100).nullable(),
  note: line('ข้อความมติ', 2000),
});
const noResolution = { phrase: null, note: '' };

const item = z.object({
  heading: line('ชื่อเรื่อง', 500),
  presenter: line('ผู้เสนอ', 300),
  text: line('รายละเอียด', 20000),
  tables: z.array(tableSchema).max(10, 'เรื่องหนึ่งมีตารางได้ไม่เกิน 10 ตาราง'),
  resolution,
});

/** The minutes' body: everything below the header. */
export const bodySchema = z
  .object({
    attendees: z
      .array(
        z.object({
          userId: id.nullable(),
          name: line('ชื่อผู้เข้าร่วมประชุม', 200),
          position: line('ตำแหน่งผู้เข้าร่วมประชุม', 300),
        }),
      )
      .max(300, 'ผู้เข้าร่วมประชุมมีได้ไม่เกิน 300 คน'),
    absentees: z
      .array(
        z.object({
          name: line('ชื่อผู้ไม่เข้าประชุม', 200),
          position: line('ตำแหน่งผู้ไม่เข้าประชุม', 300),
          reason: line('เหตุที่ไม่เข้าประชุม', 300),
        }),
      )
      .max(300, 'ผู้ไม่เข้าประชุมมีได้ไม่เกิน 300 คน'),
    activities: z.array(line('กิจกรรมก่อนเริ่มวาระ', 500)).max(20, 'กิจกรรมก่อนเริ่มวาระมีได้ไม่เกิน 20 รายการ'),
    agenda: z
      .array(
        z.object({
          title: line('ชื่อระเบียบวาระ', 300).min(1, 'กรุณากรอกชื่อระเบียบวาระ'),
          items: z.array(item).max(60),
          /** The agenda's own resolution, for an agenda without items (seed 003 L134, L1198, L1206: "มติที่ประชุม รับทราบ"). */
          resolution: resolution.default(noResolution),
        }),
      )
      .length(6, 'รายงานการประชุมต้องมีระเบียบวาระที่ 1 ถึง 6'),
    previous: z.object({
      minutesId: id.nullable(),
      number: line('ครั้งที่ของการประชุมครั้งที่แล้ว', 20),
      date: isoDate.nullable(),
      circulatedBy: line('ผู้แจ้งเวียนรายงานการประชุม', 300),
      pages: z
        .number({ message: 'จำนวนหน้าต้องเป็นตัวเลข' })
        .int('จำนวนหน้าต้องเป็นจำนวนเต็ม')
        .min(0)
        .max(999, 'จำนวนหน้าต้องไม่เกิน 999')
        .nullable(),
      circulatedOn: isoDate.nullable(),
    }),
    nextMeeting: z.object({
      date: isoDate.nullable(),
      timeFrom: optionalTime('เวลาประชุมครั้งต่อไป'),
      venueTh: line('สถานที่ประชุมครั้งต่อไป', 500),
    }),
    taker: signature,
    reviewer: signature,
  })
  .superRefine((body, ctx) => {
    const problem = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const people = [
      ['attendees', 'ผู้เข้าร่วมประชุม', body.attendees],
      ['absentees', 'ผู้ไม่เข้าประชุม', body.absentees],
    ] as const;
    for (const [key, label, list] of people)
      for (const [n, p] of list.entries())
        if (p.name === '') problem([key, n, 'name'], `${label}ลำดับที่ ${n + 1}: กรุณากรอกชื่อ`);
    const phrases: readonly string[] = RESOLUTION_PHRASES;
    const phraseProblem = (path: (string | number)[], where: string, phrase: string | null) => {
      if (phrase !== null && phrase !== '' && !phrases.includes(phrase))
        problem(
          path,
          `${where}: มติที่ประชุม "${phrase}" ไม่อยู่ในรายการ (${RESOLUTION_PHRASES.join(' ')}) ให้เลือกจากรายการ แล้วเขียนข้อความต่อท้ายในช่องข้อความมติ`,
        );
    };
    for (const [i, a] of body.agenda.entries()) {
      phraseProblem(['agenda', i, 'resolution', 'phrase'], `ระเบียบวาระที่ ${i + 1}`, a.resolution.phrase);
      for (const [j, it] of a.items.entries()) {
        const where = `ระเบียบวาระที่ ${i + 1} เรื่องที่ ${j + 1}`;
        phraseProblem(['agenda', i, 'items', j, 'resolution', 'phrase'], where, it.resolution.phrase);
        for (const [k, t] of it.tables.entries()) {
          const ragged = (path: (string | number)[], row: string, cells: number) =>
            problem(
              path,
              `${where} ตาราง "${t.titleTh}" ${row}: มี ${cells} ช่อง แต่ตารางมี ${t.columns.length} คอลัมน์`,
            );
          for (const [n, r] of t.rows.entries())
            if (r.length !== t.columns.length)
              ragged(['agenda', i, 'items', j, 'tables', k, 'rows', n], `แถวที่ ${n + 1}`, r.length);
          if (t.total && t.total.length !== t.columns.length)
            ragged(['agenda', i, 'items', j, 'tables', k, 'total'], 'แถวรวม', t.total.length);
        }
      }
    }
  });
export type MinutesBody = z.infer<typeof bodySchema>;

const header = {
  titleTh: text('ชื่อการประชุม', 500),
  meetingDate: isoDate,
  timeFrom: timeOf('เวลาเริ่มประชุม'),
  timeTo: optionalTime('เวลาเลิกประชุม'),
  venueTh: text('สถานที่ประชุม', 500),
};

/** The header's own order: adjourned after it began (003 L7 09.30, L1208 12.30). */
const endsAfterStart = (h: { timeFrom: string; timeTo?: string | null }) =>
  !h.timeTo || h.timeTo > h.timeFrom;
const endsAfterStartMessage = { message: 'เวลาเลิกประชุมต้องหลังเวลาเริ่มประชุม', path: ['timeTo'] };

export const createBody = z
  .object({
    unitCode: plainString().trim().min(1, 'กรุณาระบุหน่วยงาน').max(20, 'รหัสหน่วยงานยาวเกิน 20 ตัวอักษร').optional(),
    ...header,
    /** Copy the attendees of the office's last minutes. */
    copyAttendees: z.boolean({ message: 'คัดลอกผู้เข้าร่วมประชุมต้องเป็น ใช่ หรือ ไม่ใช่' }).default(true),
  })
  .refine(endsAfterStart, endsAfterStartMessage);
export type CreateInput = z.infer<typeof createBody>;

export const saveBody = z
  .object({ ...header, body: bodySchema, rowVersion: rowVersionField })
  .refine(endsAfterStart, endsAfterStartMessage)
  .refine((m) => !m.body.nextMeeting.date || m.body.nextMeeting.date > m.meetingDate, {
    message: 'วันประชุมครั้งต่อไปต้องหลังวันประชุมครั้งนี้',
    path: ['body', 'nextMeeting', 'date'],
  });
export type SaveInput = z.infer<typeof saveBody>;

export const listQuery = z.object({
  unit: plainString().trim().max(20, 'รหัสหน่วยงานยาวเกิน 20 ตัวอักษร').optional(),
  q: optionalText('คำค้น', 200),
  number: optionalText('ครั้งที่', 20),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const unitQuery = z.object({
  unit: plainString().trim().max(20, 'รหัสหน่วยงานยาวเกิน 20 ตัวอักษร').optional(),
});

export const liveTableQuery = z.object({
  kind: z.enum(liveTableKinds, {
    message: 'ชนิดตารางต้องเป็น งบประมาณ (budget) ตัวชี้วัด (kpi) หรือการส่งรายงาน (timeliness)',
  }),
});

export const finishBody = z.object({
  confirm: z.literal(true, { message: 'กรุณายืนยันการจบรายงานการประชุม (แก้ไขไม่ได้อีก)' }),
});

/* Answers. */

const office = z.object({ code: z.string(), nameTh: z.string() });
const person = z.object({ name: z.string(), position: z.string() });
const attendee = person.extend({ userId: z.number().nullable() });

export const liveTableResponse = z.object({
  kind: z.enum([...liveTableKinds, 'custom']),
  titleTh: z.string(),
  asOf: z.string().nullable(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  total: z.array(z.string()).nullable(),
  noteTh: z.string(),
});

const minutesHeader = z.object({
  id: z.number(),
  unit: office,
  number: z.string(),
  version: z.number(),
  status: editionStatus,
  titleTh: z.string(),
  meetingDate: z.string(),
  timeFrom: z.string(),
  timeTo: z.string().nullable(),
  venueTh: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  rowVersion: rowVersionOut,
});

export const minutesListResponse = z.object({ items: z.array(minutesHeader), canCreate: z.boolean() });

export const minutesDefaultsResponse = z.object({
  unit: office,
  number: z.string(),
  agendaTitles: z.array(z.string()).readonly(),
  resolutionPhrases: z.array(z.string()).readonly(),
  activities: z.array(z.string()).readonly(),
  titleTh: z.string(),
  previous: z
    .object({
      id: z.number(),
      number: z.string(),
      date: z.string(),
      venueTh: z.string(),
      attendees: z.array(attendee),
    })
    .nullable(),
  directory: z.array(person.extend({ userId: z.number(), unitNameTh: z.string() })),
});

/** One version of the minutes with its body, the office's other versions, and what the user may do. */
export const minutesResponse = minutesHeader.extend({
  amendsId: z.number().nullable(),
  /** The number agenda 6 announces for the next meeting (never one already given); null without a date. */
  nextMeetingNumber: z.string().nullable(),
  body: z.object({
    attendees: z.array(attendee),
    absentees: z.array(person.extend({ reason: z.string() })),
    activities: z.array(z.string()),
    agenda: z.array(
      z.object({
        title: z.string(),
        resolution: z.object({ phrase: z.string().nullable(), note: z.string() }),
        items: z.array(
          z.object({
            heading: z.string(),
            presenter: z.string(),
            text: z.string(),
            tables: z.array(liveTableResponse.extend({ afterLine: z.number().nullable() })),
            resolution: z.object({ phrase: z.string().nullable(), note: z.string() }),
          }),
        ),
      }),
    ),
    previous: z.object({
      minutesId: z.number().nullable(),
      number: z.string(),
      date: z.string().nullable(),
      circulatedBy: z.string(),
      pages: z.number().nullable(),
      circulatedOn: z.string().nullable(),
    }),
    nextMeeting: z.object({
      date: z.string().nullable(),
      venueTh: z.string(),
      timeFrom: z.string().nullable().optional(),
    }),
    taker: person,
    reviewer: person,
  }),
  ...editionHistoryAnswer,
});
