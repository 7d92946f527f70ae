import { monthOf, weekdayOf } from '../calendar/date-arithmetic.ts';
import { formatThaiDate, formatThaiMonth } from '../calendar/date-format.ts';
import { toBuddhistYear } from '../calendar/era.ts';
import { type IsoDate, parseIsoDate } from '../calendar/iso-date.ts';

/**
 * The six standard agenda titles of a monthly meeting, as seed 003 writes them (L52, L130, L265, L1003, L1196,
 * L1201). Agenda 2 names the minutes it certifies: "รับรองรายงานการประชุมครั้งที่ ๗/๒๕๖๕ เมื่อวันที่ ๒๑ กรกฎาคม ๒๕๖๕".
 */
export const AGENDA_TITLES = [
  // 003 L52: "ระเบียบวาระที่ ๑ เรื่องประธานแจ้งให้ที่ประชุมทราบ"
  'เรื่องประธานแจ้งให้ที่ประชุมทราบ',
  // 003 L130: "ระเบียบวาระที่ ๒ รับรองรายงานการประชุมครั้งที่ ๗/๒๕๖๕ เมื่อวันที่ ๒๑ กรกฎาคม ๒๕๖๕"
  'รับรองรายงานการประชุมครั้งที่แล้ว',
  // 003 L265: "ระเบียบวาระที่ ๓ เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว"
  'เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว',
  // 003 L1003: "ระเบียบวาระที่ ๔ เรื่องเพื่อทราบและถือปฏิบัติ"
  'เรื่องเพื่อทราบและถือปฏิบัติ',
  // 003 L1196: "ระเบียบวาระที่ ๕ เรื่องเพื่อพิจารณา"
  'เรื่องเพื่อพิจารณา',
  // 003 L1201: "ระเบียบวาระที่ ๖ เรื่องอื่น ๆ"
  'เรื่องอื่น ๆ',
] as const;

/** Agenda 2's title naming the previous minutes: "รับรองรายงานการประชุมครั้งที่ 7/2565 เมื่อวันที่ 21 กรกฎาคม 2565". */
export function certificationTitle(previousNumber: string, previousDateTh: string): string {
  return `รับรองรายงานการประชุมครั้งที่ ${previousNumber} เมื่อวันที่ ${previousDateTh}`;
}

/**
 * The resolution phrases offered for an item (seed 003 §1.6). The seed itself uses only "รับทราบ" (41 times, e.g.
 * L72 "มติที่ประชุม รับทราบ"), sometimes followed by a request (L80 "รับทราบ โดยขอให้…"); agenda 2 conventionally
 * certifies ("รับรอง", with or without amendments), and a meeting for consideration agrees, approves or assigns.
 * Anything else is written as the item's own text.
 */
export const RESOLUTION_PHRASES = [
  'รับทราบ',
  'รับรอง',
  'รับรองโดยมีการแก้ไข',
  'เห็นชอบ',
  'อนุมัติ',
  'มอบหมาย',
] as const;
export type ResolutionPhrase = (typeof RESOLUTION_PHRASES)[number];

/** "รับทราบ" + "โดยขอให้…" → "รับทราบ โดยขอให้…"; a custom resolution alone is its own text; none is null. */
export function resolutionText(phrase: string | null, note: string): string | null {
  const words = [phrase ?? '', note.trim()].filter((w) => w !== '').join(' ');
  return words === '' ? null : words;
}

/** The activities before the agenda in seed 003 (L48–50), offered on a new minutes. */
export const DEFAULT_ACTIVITIES = [
  'ผู้เข้าร่วมประชุมทุกท่านพร้อมกันสวดมนต์บูชาพระรัตนตรัย',
  'ผู้เข้าร่วมประชุมทุกท่านพร้อมกันร้องเพลง “มาร์ชพัฒนาชุมชน”',
  'ผู้เข้าร่วมประชุมทุกท่านพร้อมกันกล่าว “ประมวลจริยธรรมข้าราชการพลเรือน ๗ ประการ”',
] as const;

/** A meeting is numbered within the B.E. calendar year of its date: 31 Aug 2022 → 2565 (003 L4 "ครั้งที่ ๘/๒๕๖๕"). */
export function numberYearOf(date: IsoDate): number {
  return toBuddhistYear(parseIsoDate(date).year);
}

/** "8/2565": the number as the seed writes it (003 L4), before any change of digits. */
export function minutesNumber(no: number, year: number): string {
  return `${no}/${year}`;
}

/** "8/2565" (or "๘/๒๕๖๕") → { no: 8, year: 2565 }; anything else → null. */
export function parseMinutesNumber(text: string): { no: number; year: number } | null {
  const arabic = text.trim().replace(/[๐-๙]/g, (c) => String(c.charCodeAt(0) - 0x0e50));
  const m = /^(\d{1,4})\s*\/\s*(\d{4})$/.exec(arabic);
  if (!m) return null;
  const no = Number(m[1]);
  const year = Number(m[2]);
  return no >= 1 && year >= 2500 && year <= 2700 ? { no, year } : null;
}

/**
 * The number a new minutes gets: one past the last one the office gave that year (the counter never goes back, so a
 * number is never given twice, even after a draft is abandoned). The first of a year is 1.
 */
export function nextNumber(lastGiven: number | null): number {
  return (lastGiven ?? 0) + 1;
}

/** A signature block (003 L1210–1223): ลงชื่อ … (name) position. */
export type SignatureBlock = { name: string; position: string };

/**
 * What stops a minutes from being finished, in Thai: the minute-taker's and the reviewer's names and positions
 * (seed 003 L1223 leaves the reviewer's position out; a finished minutes may not).
 */
export function finishProblems(signatures: { taker: SignatureBlock; reviewer: SignatureBlock }): string[] {
  const problems: string[] = [];
  const blocks = [
    ['ผู้จดรายงานการประชุม', signatures.taker],
    ['ผู้ตรวจรายงานการประชุม', signatures.reviewer],
  ] as const;
  for (const [label, block] of blocks) {
    if (block.name.trim() === '') problems.push(`กรุณากรอกชื่อ${label}ก่อนจบรายงานการประชุม`);
    if (block.position.trim() === '') problems.push(`กรุณากรอกตำแหน่ง${label}ก่อนจบรายงานการประชุม`);
  }
  return problems;
}

const THAI_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;

/** 003 L7: "วันพุธที่ ๓๑ สิงหาคม ๒๕๖๕ เวลา ๐๙.๓๐ น." (Arabic digits here; the printout turns them Thai). */
export function meetingDateLine(date: IsoDate, timeFrom: string | null): string {
  const day = `วัน${THAI_WEEKDAYS[weekdayOf(date)]}ที่ ${formatThaiDate(date)}`;
  return timeFrom ? `${day} เวลา ${timeFrom} น.` : day;
}

/** 003 L4: "ประจำเดือน สิงหาคม ๒๕๖๕". */
export function periodLine(date: IsoDate): string {
  return `ประจำเดือน ${formatThaiMonth(monthOf(date))}`;
}

/**
 * Agenda 6's next-meeting lines (003 L1202–1204): "เรื่องกำหนดการประชุมครั้งต่อไป ครั้งที่ 9/2565 ประจำเดือน กันยายน
 * 2565" and "กำหนดจัดขึ้นในวันพุธที่ 28 กันยายน 2565 เวลา 09.30 น. ณ …". The number is the one the system will give,
 * never the current meeting's again (the seed wrote ๘/๒๕๖๕ twice).
 */
export function nextMeetingLines(
  number: string | null,
  next: { date: string; timeFrom?: string | null; venueTh: string },
): [string, string] {
  const title = ['เรื่องกำหนดการประชุมครั้งต่อไป', number ? `ครั้งที่ ${number}` : '', periodLine(next.date)]
    .filter((w) => w !== '')
    .join(' ');
  const venue = next.venueTh.trim() ? ` ณ ${next.venueTh.trim()}` : '';
  return [title, `กำหนดจัดขึ้นใน${meetingDateLine(next.date, next.timeFrom ?? null)}${venue}`];
}

/** The verb a presenter's run of items opens with, for the agendas seed 003 groups by presenter. */
const PRESENTER_VERBS: Readonly<Record<number, string>> = {
  // 003 L267: "กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน แจ้งเรื่องสืบเนื่อง จำนวน ๒ เรื่อง ดังนี้"
  3: 'แจ้งเรื่องสืบเนื่อง',
  // 003 L1005: "นายปิ่นอนรร ล่ามแขก ผอ.กลุ่มงานส่งเสริมการพัฒนาชุมชน แจ้งเรื่องเพื่อทราบและถือปฏิบัติ จำนวน ๖ เรื่อง ดังนี้"
  4: 'แจ้งเรื่องเพื่อทราบและถือปฏิบัติ',
};

/** Whether an agenda introduces its items by presenter (3 and 4) instead of a "ผู้เสนอ" line under each item. */
export function groupsByPresenter(agendaNo: number): boolean {
  return agendaNo in PRESENTER_VERBS;
}

/**
 * For each item of agenda 3 or 4, the line that opens a run of items by the same presenter, or null inside a run, for
 * an item without a presenter and in the other agendas. The count is the run's own length, so it always matches what
 * follows (seed 003 L288 announced 14 items where 12 followed, L883 seven where 4 followed).
 */
export function presenterIntros(agendaNo: number, presenters: readonly string[]): (string | null)[] {
  const verb = PRESENTER_VERBS[agendaNo];
  const names = presenters.map((p) => p.trim());
  return names.map((name, j) => {
    if (!verb || name === '' || names[j - 1] === name) return null;
    let count = 1;
    while (names[j + count] === name) count += 1;
    return `${name} ${verb} จำนวน ${count} เรื่อง ดังนี้`;
  });
}

/** One block of an item as it reads: a line of its text, or one of its tables. */
export type ItemBlock<T> = { line: string } | { table: T };

/**
 * An item's non-empty text lines and its tables in reading order. A table stands after `afterLine` lines, as seed 003
 * puts its tables mid-text (L707 "ข้อมูล ณ วันที่ ๑๖ สิงหาคม ๒๕๖๕" then the volunteer centres' table, then point (๓));
 * a table without a place (null, or past the end) follows the whole text.
 */
export function itemBlocks<T extends { afterLine?: number | null }>(
  text: string,
  tables: readonly T[],
): ItemBlock<T>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const placeOf = (t: T) => Math.min(t.afterLine ?? lines.length, lines.length);
  const blocks: ItemBlock<T>[] = [];
  for (let n = 0; n <= lines.length; n += 1) {
    for (const table of tables) if (placeOf(table) === n) blocks.push({ table });
    const line = lines[n];
    if (line !== undefined) blocks.push({ line });
  }
  return blocks;
}
