import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { monthOf } from '../../domain/calendar/date-arithmetic.ts';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import { fiscalYearOf } from '../../domain/calendar/fiscal-year.ts';
import { editionHistory, isEditionWriter } from '../../domain/editions/lifecycle.ts';
import {
  AGENDA_TITLES,
  certificationTitle,
  DEFAULT_ACTIVITIES,
  finishProblems,
  minutesNumber,
  nextNumber,
  numberYearOf,
  parseMinutesNumber,
  RESOLUTION_PHRASES,
} from '../../domain/minutes/agenda.ts';
import { formatDecimal } from '../../domain/registers/format.ts';
import { Dec } from '../../domain/scoring/decimal.ts';
import { AppError, notFound } from '../../errors.ts';
import { requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, requireRead } from '../../plugins/access.ts';
import { roundsUnder, scoredAgreementsUnder } from '../agreements/service.ts';
import { recordAudit } from '../audit/service.ts';
import { budgetReport } from '../budget/service.ts';
import {
  amendFinished,
  type EditionKind,
  finishDraft,
  provinceOffice,
  requireDraft,
  requireEditionWriter,
  saveDraft,
} from '../editions/service.ts';
import { unitByCode } from '../org-units/service.ts';
import { ratesByMonth } from '../reports/board.ts';
import { directoryUnder } from '../users/service.ts';
import {
  findMinutes,
  insertMinutes,
  lastBefore,
  lastNumberGiven,
  listMinutes,
  type MinutesRow,
  markFinished,
  numberOnDate,
  takeNumber,
  updateMinutes,
  versionsOf,
} from './queries.ts';
import {
  bodySchema,
  type CreateInput,
  type ListQuery,
  type LiveTableKind,
  type MinutesBody,
  type MinutesTable,
  type SaveInput,
} from './schemas.ts';

/** A province office's meeting minutes: drafted, finished, amended (audit entity 'meeting_minutes'). */
const MINUTES: EditionKind = { nounTh: 'รายงานการประชุม', entity: 'meeting_minutes' };

const officeOf = (db: Db, user: AuthUser, code: string | undefined) =>
  provinceOffice(db, user, MINUTES, code);
const requireWriter = (user: AuthUser, office: { path: string; name_th: string }) =>
  requireEditionWriter(user, MINUTES, office);

/** A minutes the user may read: 404 for an unknown id, 403 for one of an office outside the scope. */
async function readable(db: Db, user: AuthUser, id: number) {
  const row = await findMinutes(db, id);
  if (!row) throw notFound('รายงานการประชุม');
  requireRead(user, { path: row.unit_path, nameTh: row.unit_name_th });
  return row;
}

function bodyOf(row: { body: unknown }): MinutesBody {
  return bodySchema.parse(row.body);
}

/** Every word of the body, for the list's text search. */
function searchTextOf(body: MinutesBody): string {
  const words: string[] = [
    ...body.attendees.flatMap((a) => [a.name, a.position]),
    ...body.absentees.flatMap((a) => [a.name, a.reason]),
    ...body.activities,
  ];
  for (const a of body.agenda) {
    words.push(a.title, a.resolution.note);
    for (const it of a.items) {
      words.push(it.heading, it.presenter, it.text, it.resolution.note);
      for (const t of it.tables) words.push(t.titleTh, ...t.columns, ...t.rows.flat());
    }
  }
  return words.filter((w) => w !== '').join('\n');
}

function summary(row: Omit<MinutesRow, 'body'>) {
  return {
    id: row.id,
    unit: { code: row.unit_code, nameTh: row.unit_name_th },
    number: minutesNumber(row.number_no, row.number_year),
    version: row.version,
    status: row.status,
    titleTh: row.title_th,
    meetingDate: row.meeting_date,
    timeFrom: row.time_from,
    timeTo: row.time_to,
    venueTh: row.venue_th,
    updatedAt: row.updated_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    rowVersion: row.row_version,
  };
}

/** The minutes as a 409 names them (audit entity 'meeting_minutes'). */
const versioned = (row: Pick<MinutesRow, 'id' | 'number_no' | 'number_year'>) => ({
  entity: MINUTES.entity,
  entityId: row.id,
  what: `รายงานการประชุมครั้งที่ ${minutesNumber(row.number_no, row.number_year)} `,
});

/**
 * The number agenda 6 announces for the next meeting: the number of the office's minutes held on that date if it is
 * written already, else the next one the counter will give in that date's B.E. year, so it is never a number already
 * given (seed 003 L1202 announced "ครั้งที่ ๘/๒๕๖๕" again for September; it was 9/2565).
 */
async function nextMeetingNumber(db: Db, unitId: number, body: MinutesBody): Promise<string | null> {
  const date = body.nextMeeting.date;
  if (!date) return null;
  const held = await numberOnDate(db, unitId, date);
  if (held) return minutesNumber(held.number_no, held.number_year);
  const year = numberYearOf(date);
  return minutesNumber(nextNumber(await lastNumberGiven(db, unitId, year)), year);
}

async function present(db: Db, user: AuthUser, row: MinutesRow) {
  const body = bodyOf(row);
  const [versions, nextNumberAnnounced] = await Promise.all([
    versionsOf(db, row.unit_id, row.number_year, row.number_no),
    nextMeetingNumber(db, row.unit_id, body),
  ]);
  return {
    ...summary(row),
    amendsId: row.amends_id,
    body,
    nextMeetingNumber: nextNumberAnnounced,
    ...editionHistory(row, versions, isEditionWriter(user.role)),
  };
}

export async function listOf(db: Db, user: AuthUser, q: ListQuery) {
  const office = q.unit ? await officeOf(db, user, q.unit) : null;
  const number = q.number ? parseMinutesNumber(q.number) : null;
  if (q.number && !number)
    throw new AppError(400, 'invalid', `ครั้งที่ต้องเขียนเป็น ครั้ง/ปี พ.ศ. เช่น 8/2565 (ได้รับ "${q.number}")`, 'number');
  const rows = await listMinutes(db, {
    scopePath: office?.path ?? user.scope.path,
    q: q.q,
    number,
    from: q.from,
    to: q.to,
  });
  return {
    items: rows.map(summary),
    canCreate: isEditionWriter(user.role) && user.scope.kind === 'province',
  };
}

function emptyBody(): MinutesBody {
  return {
    attendees: [],
    absentees: [],
    activities: [...DEFAULT_ACTIVITIES],
    agenda: AGENDA_TITLES.map((title) => ({ title, items: [], resolution: { phrase: null, note: '' } })),
    previous: { minutesId: null, number: '', date: null, circulatedBy: '', pages: null, circulatedOn: null },
    nextMeeting: { date: null, timeFrom: null, venueTh: '' },
    taker: { name: '', position: '' },
    reviewer: { name: '', position: '' },
  };
}

/** What a new minutes starts with: the number it would get, the standard agenda, last meeting's attendees, the directory. */
export async function newDefaults(db: Db, user: AuthUser, unitCode: string | undefined, date: string) {
  const office = await officeOf(db, user, unitCode);
  requireWriter(user, office);
  const year = numberYearOf(date);
  const [last, previous, directory] = await Promise.all([
    lastNumberGiven(db, office.id, year),
    lastBefore(db, office.id, date),
    directoryUnder(db, office.path),
  ]);
  return {
    unit: { code: office.code, nameTh: office.name_th },
    number: minutesNumber(nextNumber(last), year),
    agendaTitles: AGENDA_TITLES,
    resolutionPhrases: RESOLUTION_PHRASES,
    activities: DEFAULT_ACTIVITIES,
    titleTh: `รายงานการประชุมผู้บริหาร/นักวิชาการพัฒนาชุมชน และเจ้าหน้าที่พัฒนาชุมชน ${office.name_th.startsWith('จังหวัด') ? office.name_th : `จังหวัด${office.name_th}`}`,
    previous: previous
      ? {
          id: previous.id,
          number: minutesNumber(previous.number_no, previous.number_year),
          date: previous.meeting_date,
          venueTh: previous.venue_th,
          attendees: bodyOf(previous).attendees,
        }
      : null,
    directory,
  };
}

/** Creates a draft numbered n/B.E.-year inside the transaction, its agenda titled as seed 003 titles it. */
export async function create(db: Db, user: AuthUser, input: CreateInput) {
  const office = await officeOf(db, user, input.unitCode);
  requireWriter(user, office);
  const id = await inTransaction(db, async (trx) => {
    const year = numberYearOf(input.meetingDate);
    const no = await takeNumber(trx, office.id, year);
    const previous = await lastBefore(trx, office.id, input.meetingDate);
    const body = emptyBody();
    if (previous) {
      const number = minutesNumber(previous.number_no, previous.number_year);
      body.previous = { ...body.previous, minutesId: previous.id, number, date: previous.meeting_date };
      body.agenda[1] = {
        title: certificationTitle(number, formatThaiDate(previous.meeting_date)),
        items: [],
        resolution: { phrase: null, note: '' },
      };
      if (input.copyAttendees) body.attendees = bodyOf(previous).attendees;
    }
    const { id } = await insertMinutes(trx, {
      unit_id: office.id,
      number_no: no,
      number_year: year,
      title_th: input.titleTh,
      meeting_date: input.meetingDate,
      time_from: input.timeFrom,
      time_to: input.timeTo || null,
      venue_th: input.venueTh,
      body: JSON.stringify(body),
      search_text: searchTextOf(body),
      created_by: user.id,
    });
    await recordAudit(trx, {
      actor: user,
      unitId: office.id,
      action: 'create',
      entity: MINUTES.entity,
      entityId: String(id),
      before: null,
      after: { number: minutesNumber(no, year), titleTh: input.titleTh, meetingDate: input.meetingDate },
    });
    return id;
  });
  return get(db, user, id);
}

export async function get(db: Db, user: AuthUser, id: number) {
  return present(db, user, await readable(db, user, id));
}

export async function save(db: Db, user: AuthUser, id: number, input: SaveInput) {
  const row = await readable(db, user, id);
  requireDraft(user, MINUTES, row);
  if (numberYearOf(input.meetingDate) !== row.number_year)
    throw new AppError(
      422,
      'year_changed',
      `วันประชุมต้องอยู่ในปี พ.ศ. ${row.number_year} ตามเลขครั้งที่ ${minutesNumber(row.number_no, row.number_year)}`,
      'meetingDate',
    );
  await requireRowVersion(db, versioned(row), row.row_version, input.rowVersion);
  await saveDraft(db, user, MINUTES, row, {
    versioned: versioned(row),
    rowVersion: input.rowVersion,
    update: (trx) =>
      updateMinutes(
        trx,
        id,
        {
          title_th: input.titleTh,
          meeting_date: input.meetingDate,
          time_from: input.timeFrom,
          time_to: input.timeTo || null,
          venue_th: input.venueTh,
          body: JSON.stringify(input.body),
          search_text: searchTextOf(input.body),
        },
        input.rowVersion,
      ),
    before: { titleTh: row.title_th, meetingDate: row.meeting_date },
    after: { titleTh: input.titleTh, meetingDate: input.meetingDate },
  });
  return get(db, user, id);
}

/** Finishing locks the minutes; both signature blocks must be filled first. */
export async function finish(db: Db, user: AuthUser, id: number) {
  const row = await readable(db, user, id);
  requireDraft(user, MINUTES, row);
  const problems = finishProblems(bodyOf(row));
  if (problems.length > 0) throw new AppError(422, 'signatures_required', problems.join(' · '), 'signatures');
  await finishDraft(db, user, MINUTES, row, {
    markFinished: (trx) => markFinished(trx, id, user.id),
    after: { number: minutesNumber(row.number_no, row.number_year) },
  });
  return get(db, user, id);
}

/** A finished minutes is amended by a new draft version under the same number; the finished one stays as it was. */
export async function amend(db: Db, user: AuthUser, id: number, reason: string) {
  const row = await readable(db, user, id);
  requireWriter(user, { path: row.unit_path, name_th: row.unit_name_th });
  const newId = await amendFinished(db, user, MINUTES, row, {
    versions: await versionsOf(db, row.unit_id, row.number_year, row.number_no),
    reason,
    insertCopy: (trx, copy) => {
      const body = bodyOf(row);
      return insertMinutes(trx, {
        unit_id: row.unit_id,
        number_no: row.number_no,
        number_year: row.number_year,
        ...copy,
        title_th: row.title_th,
        meeting_date: row.meeting_date,
        time_from: row.time_from,
        time_to: row.time_to,
        venue_th: row.venue_th,
        body: JSON.stringify(body),
        search_text: searchTextOf(body),
        created_by: user.id,
      });
    },
  });
  return get(db, user, newId);
}

const money = (v: string) => formatDecimal(new Dec(v), 2);

/**
 * A live table as of the meeting date, through the owning modules' services: the registers' budget summary (seed 003
 * item 3.1's columns), the latest round's agreement scores of the province's districts, the districts' report
 * timeliness month by month. The client inserts it into an item, where it stays as snapshotted.
 */
export async function liveTable(
  db: Db,
  user: AuthUser,
  id: number,
  kind: LiveTableKind,
  today: string,
): Promise<Omit<MinutesTable, 'afterLine'>> {
  const row = await readable(db, user, id);
  requireWriter(user, { path: row.unit_path, name_th: row.unit_name_th });
  if (kind === 'budget') {
    const asOf = row.meeting_date;
    const dateTh = formatThaiDate(asOf);
    const fiscalYear = fiscalYearOf(asOf);
    const report = await budgetReport(db, user, { unit: row.unit_code, fiscalYear, asOf });
    const cells = (f: (typeof report)['total']) => [
      money(f.base),
      money(f.spent),
      f.percent ? f.percent.text : '–',
      money(f.remaining),
    ];
    return {
      kind,
      titleTh: `ผลการเบิกจ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ${fiscalYear} (ข้อมูล ณ วันที่ ${dateTh})`,
      asOf,
      columns: ['งบประมาณรายจ่าย', 'ได้รับจัดสรร', 'เบิกจ่าย/PO', 'ร้อยละ', 'คงเหลือ'],
      rows: report.rows.map((r) => [r.category, ...cells(r)]),
      total: ['รวม', ...cells(report.total)],
      noteTh: '',
    };
  }
  /*
   * The agreements' scores and the report log keep only their current state, not a state per day: these two tables
   * are stamped with the day they are read, and say so when that is after the meeting.
   */
  const asOf = today;
  const dateTh = formatThaiDate(asOf);
  const noteTh =
    today > row.meeting_date
      ? `ข้อมูลล่าสุด ณ วันที่แทรกตาราง (${dateTh}) ซึ่งหลังวันประชุม (${formatThaiDate(row.meeting_date)})`
      : '';
  if (kind === 'kpi') {
    const fiscalYear = fiscalYearOf(row.meeting_date);
    const round = (await roundsUnder(db, row.unit_path)).find((r) => r.fiscalYear <= fiscalYear);
    if (!round)
      throw new AppError(
        422,
        'no_round',
        `ยังไม่มีคำรับรองของอำเภอใน${row.unit_name_th} ถึงปีงบประมาณ ${fiscalYear}`,
        'kind',
      );
    const scored = await scoredAgreementsUnder(db, round.kpiSetId, row.unit_path, 'province_district');
    const score = (s: unknown) => (s === null || s === undefined ? '–' : new Dec(String(s)).toFixed(4));
    return {
      kind,
      titleTh: `ผลคะแนนตามคำรับรองการปฏิบัติราชการของอำเภอ ${round.nameTh} (ข้อมูล ณ วันที่ ${dateTh})`,
      asOf,
      columns: ['อำเภอ', 'คะแนนรวม', 'ตัวชี้วัดที่มีผล', 'ระดับ 5'],
      rows: scored
        .slice()
        .sort((a, b) => a.agent.code.localeCompare(b.agent.code))
        .map((a) => [
          a.agent.nameTh,
          score(a.score),
          `${a.reported}/${a.expected}`,
          String(a.items.filter((i) => i.level === 5).length),
        ]),
      total: null,
      noteTh,
    };
  }
  const month = monthOf(row.meeting_date);
  const months = (await ratesByMonth(db, user, row.unit_code)).filter((m) => m.month <= month).slice(-3);
  const pct = (p: string | null) => (p === null ? '–' : p);
  return {
    kind,
    titleTh: `ผลการส่งรายงานประจำเดือนของอำเภอ (ข้อมูล ณ วันที่ ${dateTh})`,
    asOf,
    columns: ['เดือน', 'รายงานที่ต้องส่ง', 'ส่งแล้ว', 'ร้อยละที่ส่ง', 'ส่งตรงเวลา', 'ร้อยละตรงเวลา'],
    rows: months.map((m) => [
      m.monthLabelTh,
      String(m.rates.expected),
      String(m.rates.submitted),
      pct(m.rates.submittedPercent),
      String(m.rates.onTime),
      pct(m.rates.onTimePercent),
    ]),
    total: null,
    noteTh: months.length === 0 ? 'ยังไม่มีรายงานที่ถึงกำหนดส่งก่อนวันประชุม' : noteTh,
  };
}

/** For the .docx file and its audit row. */
export async function forExport(db: Db, user: AuthUser, id: number) {
  const row = await readable(db, user, id);
  const body = bodyOf(row);
  return {
    ...summary(row),
    body,
    nextMeetingNumber: await nextMeetingNumber(db, row.unit_id, body),
    unitId: row.unit_id,
  };
}

export async function recordExport(db: Db, user: AuthUser, unitId: number, id: number) {
  await recordAudit(db, {
    actor: user,
    unitId,
    action: 'export',
    entity: MINUTES.entity,
    entityId: String(id),
    before: null,
    after: { format: 'docx' },
  });
}

/** The demo's minutes (seed 003, August 2565), numbered as the seed numbers them; the counter moves past it. */
export async function loadMinutesAsSystem(
  db: Db,
  input: { unitCode: string; no: number; finished?: boolean } & Omit<SaveInput, 'body'> & { body: unknown },
) {
  const office = await unitByCode(db, input.unitCode);
  if (!office) throw notFound(`หน่วยงานรหัส ${input.unitCode}`);
  const body = bodySchema.parse(input.body);
  const year = numberYearOf(input.meetingDate);
  const no = await takeNumber(db, office.id, year, input.no);
  const { id } = await insertMinutes(db, {
    unit_id: office.id,
    number_no: no,
    number_year: year,
    title_th: input.titleTh,
    meeting_date: input.meetingDate,
    time_from: input.timeFrom,
    time_to: input.timeTo || null,
    venue_th: input.venueTh,
    body: JSON.stringify(body),
    search_text: searchTextOf(body),
    created_by: null,
    ...(input.finished ? { status: 'finished' as const, finished_at: new Date() } : {}),
  });
  await recordAudit(db, {
    actor: null,
    unitId: office.id,
    action: 'import',
    entity: MINUTES.entity,
    entityId: String(id),
    before: null,
    after: { number: minutesNumber(no, year) },
  });
  return id;
}
