import { z } from 'zod';
import { type IsoDate, isIsoDate } from '../calendar/iso-date.ts';

/**
 * The holiday data file (data/holidays/*.json) as a checked value. The caller reads the file; this module
 * only validates what it is given. Kinds: 'annual' (วันหยุดราชการประจำปี), 'substitution' (วันหยุดชดเชย),
 * 'special' (วันหยุดราชการเพิ่มเป็นกรณีพิเศษ) close government offices; 'private-sector' (Labour Day) does not.
 */
const isoDate = z.string().refine(isIsoDate, { message: "Expected a calendar date 'YYYY-MM-DD'" });

const holidaySchema = z.strictObject({
  date: isoDate,
  nameTh: z.string().min(1),
  nameEn: z.string().min(1),
  kind: z.enum(['annual', 'substitution', 'special', 'private-sector']),
  verify: z.boolean().optional(),
  note: z.string().min(1).optional(),
});

export const holidayFileSchema = z
  .strictObject({
    source: z.string().min(1),
    coverage: z.strictObject({ from: isoDate, to: isoDate }),
    kinds: z.record(z.string(), z.string()),
    holidays: z.array(holidaySchema),
  })
  .superRefine((file, context) => {
    const { from, to } = file.coverage;
    if (from > to)
      context.addIssue({ code: 'custom', message: `Coverage starts (${from}) after it ends (${to})` });
    const seen = new Set<string>();
    file.holidays.forEach((holiday, index) => {
      if (seen.has(holiday.date)) {
        context.addIssue({
          code: 'custom',
          path: ['holidays', index, 'date'],
          message: `${holiday.date} is listed twice`,
        });
      }
      seen.add(holiday.date);
      if (holiday.date < from || holiday.date > to) {
        context.addIssue({
          code: 'custom',
          path: ['holidays', index, 'date'],
          message: `${holiday.date} is outside the coverage ${from} – ${to}`,
        });
      }
    });
  });

export type HolidayFile = z.infer<typeof holidayFileSchema>;
export type Holiday = HolidayFile['holidays'][number];

/** The days government offices are closed besides weekends, for the dates the file covers. */
export interface HolidayCalendar {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly closures: ReadonlyMap<IsoDate, Holiday>;
}

/** Checks parsed JSON against the file format; throws a ZodError that names the faulty entry. */
export function parseHolidayFile(json: unknown): HolidayFile {
  return holidayFileSchema.parse(json);
}

export function holidayCalendar(file: HolidayFile): HolidayCalendar {
  const closures = new Map<IsoDate, Holiday>();
  for (const holiday of file.holidays) {
    if (holiday.kind !== 'private-sector') closures.set(holiday.date, holiday);
  }
  return { from: file.coverage.from, to: file.coverage.to, closures };
}
