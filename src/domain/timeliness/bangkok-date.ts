import { type IsoDate, isIsoDate, toIsoDate } from '../calendar/iso-date.ts';

/** An instant: a Date, or an ISO 8601 timestamp with an explicit offset ('2025-03-10T16:59:59Z', '…+07:00'). */
export type Timestamp = string | Date;

// Without an offset a timestamp would be read in the server's own time zone, so one is required.
const ISO_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function parseTimestamp(text: string): number {
  const match = ISO_TIMESTAMP.exec(text);
  return match?.[1] !== undefined && isIsoDate(match[1]) ? Date.parse(text) : Number.NaN;
}

const BANGKOK = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
  timeZone: 'Asia/Bangkok',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Milliseconds since the epoch; throws on an invalid Date or a timestamp without an offset. */
export function instantOf(timestamp: Timestamp): number {
  const value = timestamp instanceof Date ? timestamp.getTime() : parseTimestamp(timestamp);
  if (Number.isNaN(value)) {
    throw new RangeError(`Not an instant (ISO timestamp with offset, or a valid Date): ${String(timestamp)}`);
  }
  return value;
}

/** The calendar date in Bangkok (UTC+7) at that instant: 2025-03-10T16:59:59Z → '2025-03-10', 17:00:00Z → '2025-03-11'. */
export function bangkokDateOf(timestamp: Timestamp): IsoDate {
  const parts = BANGKOK.formatToParts(new Date(instantOf(timestamp)));
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate({ year: part('year'), month: part('month'), day: part('day') });
}
