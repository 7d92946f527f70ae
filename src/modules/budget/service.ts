import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type BudgetFigures, budgetSpending } from '../../domain/registers/budget.ts';
import { sum } from '../../domain/registers/inputs.ts';
import { Dec } from '../../domain/scoring/decimal.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { domainOr422 } from '../../http/domain-errors.ts';
import { percentView } from '../../http/percent-view.ts';
import { guardedUpdate, guardedUpsert, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { readableUnit, requireUnitWrite, writableUnit } from '../org-units/unit-access.ts';
import { bindingsInArea, presentBinding, recomputeAfterWrite } from '../register-bindings/service.ts';
import { refreshMonthFigures, refreshYearFigures } from './curve.ts';
import { allocationLines, domainEvent, noCutoff } from './measure.ts';
import {
  cutoffOf,
  deleteEvent,
  type EventRecord,
  eventsOfLines,
  findEvent,
  findLine,
  insertEvent,
  insertLine,
  type LineRecord,
  lineCategories,
  lineExists,
  linesByIds,
  linesUnder,
  listCutoffs,
  updateLine,
  upsertCutoff,
} from './queries.ts';
import type { EventInput, LinesQuery, NewLineInput } from './schemas.ts';

/** The years picker's read of the register (registers/years.ts) and the demo loader's writes (demo/registers.ts). */
export { insertDemoPlans } from './plan-queries.ts';
export { budgetYearsUnder, ensureLines, insertEvents } from './queries.ts';

const money2 = (d: { toFixed(places: number): string }) => d.toFixed(2);

function presentEvent(e: EventRecord) {
  return {
    id: e.id,
    kind: e.kind,
    date: e.occurred_on,
    amount: e.amount,
    againstPurchaseOrder: e.against_purchase_order,
    note: e.note,
  };
}

function presentLine(l: LineRecord, events: EventRecord[]) {
  const own = events.filter((e) => e.line_id === l.id);
  const total = (kind: EventRecord['kind']) =>
    money2(sum(own.filter((e) => e.kind === kind).map((e) => new Dec(e.amount))));
  return {
    id: l.id,
    fiscalYear: l.fiscal_year,
    unit: { code: l.unit_code, nameTh: l.unit_name_th },
    category: l.category,
    name: l.name,
    events: own.map(presentEvent),
    totals: {
      allocation: total('allocation'),
      disbursement: total('disbursement'),
      purchaseOrder: total('purchase-order'),
      return: total('return'),
    },
    rowVersion: l.row_version,
  };
}

/** The line as a 409 names it (audit entity 'budget_line'). */
const versioned = (l: Pick<LineRecord, 'id' | 'name'>) => ({
  entity: 'budget_line',
  entityId: l.id,
  what: `รายการงบประมาณ "${l.name}" `,
});

async function lineInScope(db: Db, user: AuthUser, id: number) {
  const line = await findLine(db, id);
  if (!line || !canRead(user, { path: line.unit_path })) throw notFound('รายการงบประมาณ');
  return line;
}

/** The lines of these ids the user may read: a project names the line it spends from (projects/service.ts). */
export async function readableLines(db: Db, user: AuthUser, ids: number[]) {
  return (await linesByIds(db, ids)).filter((l) => canRead(user, { path: l.unit_path }));
}

async function lineForWrite(db: Db, user: AuthUser, id: number) {
  const line = await lineInScope(db, user, id);
  requireUnitWrite(user, { path: line.unit_path, name_th: line.unit_name_th });
  return line;
}

/**
 * A line's events must add up (domain budgetSpending, as of its last event): POs paid only up to what was ordered,
 * disbursed + PO + returned never above the allocation.
 */
export function checkLine(line: { id: number; category: string }, events: EventRecord[]) {
  const last = events.reduce((max, e) => (e.occurred_on > max ? e.occurred_on : max), '0001-01-01');
  if (events.length === 0) return;
  domainOr422(() =>
    budgetSpending([{ id: String(line.id), category: line.category, events: events.map(domainEvent) }], {
      returnCutoff: last,
      asOf: last,
    }),
  );
}

/**
 * The unit's lines of a year that match the search and category (`items`, `matched` of them), with `total` and
 * `categories` over all its lines of the year, whatever the search.
 */
export async function listLines(db: Db, user: AuthUser, q: LinesQuery) {
  const unit = await readableUnit(db, user, q.unit);
  const [lines, categories] = await Promise.all([
    linesUnder(db, unit.path, q.fiscalYear, { q: q.q, category: q.category }),
    lineCategories(db, unit.path, q.fiscalYear),
  ]);
  const events = await eventsOfLines(
    db,
    lines.map((l) => l.id),
  );
  return {
    items: lines.map((l) => presentLine(l, events)),
    matched: lines.length,
    total: categories.reduce((n, c) => n + c.lines, 0),
    categories: categories.map((c) => c.category),
  };
}

/** An allocation line: a budget category and a project/activity of the action plan, for one office and year. */
export async function createLine(db: Db, user: AuthUser, input: NewLineInput) {
  const unit = await writableUnit(db, user, input.unitCode);
  const row = { fiscal_year: input.fiscalYear, unit_id: unit.id, category: input.category, name: input.name };
  if (await lineExists(db, row)) {
    throw conflict(
      'name',
      `${unit.name_th}มีรายการ "${input.category} / ${input.name}" ปี ${input.fiscalYear} อยู่แล้ว`,
    );
  }
  const id = await inTransaction(db, async (trx) => {
    const created = await insertLine(trx, row);
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: 'create',
      entity: 'budget_line',
      entityId: String(created.id),
      before: null,
      after: input,
    });
    return created.id;
  });
  return getLine(db, user, id);
}

export async function getLine(db: Db, user: AuthUser, id: number) {
  const line = await lineInScope(db, user, id);
  return { line: presentLine(line, await eventsOfLines(db, [id])) };
}

export async function changeLine(
  db: Db,
  user: AuthUser,
  id: number,
  input: { category?: string; name?: string; rowVersion?: number },
) {
  const line = await lineForWrite(db, user, id);
  await requireRowVersion(db, versioned(line), line.row_version, input.rowVersion);
  const after = { category: input.category ?? line.category, name: input.name ?? line.name };
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned(line), input.rowVersion, () =>
      updateLine(trx, id, after, input.rowVersion),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: line.unit_id,
      action: 'update',
      entity: 'budget_line',
      entityId: String(id),
      before: { category: line.category, name: line.name },
      after,
    });
    await recomputeAfterWrite(trx, 'budget', line.unit_path);
  });
  return getLine(db, user, id);
}

/** A dated allocation, disbursement, purchase order or return on a line (seed 001 L129–145). */
export async function addEvent(db: Db, user: AuthUser, lineId: number, input: EventInput) {
  const line = await lineForWrite(db, user, lineId);
  const againstPurchaseOrder = input.againstPurchaseOrder ?? false;
  if (againstPurchaseOrder && input.kind !== 'disbursement') {
    throw new AppError(
      422,
      'not_disbursement',
      'เฉพาะรายการเบิกจ่ายเท่านั้นที่ระบุว่าจ่ายตาม PO ได้',
      'againstPurchaseOrder',
    );
  }
  const row = {
    line_id: lineId,
    kind: input.kind,
    occurred_on: input.date,
    amount: input.amount,
    against_purchase_order: againstPurchaseOrder,
    note: input.note ?? null,
  };
  checkLine(line, [...(await eventsOfLines(db, [lineId])), { ...row, id: 0 }]);
  await inTransaction(db, async (trx) => {
    const created = await insertEvent(trx, { ...row, created_by: user.id });
    await recordAudit(trx, {
      actor: user,
      unitId: line.unit_id,
      action: 'create',
      entity: 'budget_event',
      entityId: String(created.id),
      before: null,
      after: { lineId, ...input },
    });
    await refreshMonthFigures(trx, [line.unit_id], line.fiscal_year);
    await recomputeAfterWrite(trx, 'budget', line.unit_path);
  });
  return getLine(db, user, lineId);
}

export async function removeEvent(db: Db, user: AuthUser, eventId: number) {
  const event = await findEvent(db, eventId);
  if (!event) throw notFound('รายการงบประมาณ');
  const line = await lineForWrite(db, user, event.line_id);
  checkLine(
    line,
    (await eventsOfLines(db, [line.id])).filter((e) => e.id !== eventId),
  );
  await inTransaction(db, async (trx) => {
    await deleteEvent(trx, eventId);
    await recordAudit(trx, {
      actor: user,
      unitId: line.unit_id,
      action: 'delete',
      entity: 'budget_event',
      entityId: String(eventId),
      before: presentEvent(event),
      after: null,
    });
    await refreshMonthFigures(trx, [line.unit_id], line.fiscal_year);
    await recomputeAfterWrite(trx, 'budget', line.unit_path);
  });
  return getLine(db, user, line.id);
}

function presentFigures(f: BudgetFigures) {
  return {
    allocated: money2(f.allocated),
    returned: money2(f.returned),
    deductedReturns: money2(f.deductedReturns),
    base: money2(f.base),
    disbursed: money2(f.disbursed),
    committed: money2(f.committed),
    spent: money2(f.spent),
    remaining: money2(f.remaining),
    ...percentView(f.percent),
  };
}

/**
 * KPI 1's table as of a date (seed 003 L273–276's columns: allocated, disbursed/PO, %, remaining) by budget category
 * and in total, with the year's return cut-off: returns on or before it come off the allocation, later ones do not.
 */
export async function budgetReport(
  db: Db,
  user: AuthUser,
  q: { unit: string; fiscalYear: number; asOf: string },
) {
  const unit = await readableUnit(db, user, q.unit);
  const [cutoff, lines, bindings] = await Promise.all([
    cutoffOf(db, q.fiscalYear),
    linesUnder(db, unit.path, q.fiscalYear),
    bindingsInArea(db, 'budget.spending', q.fiscalYear, unit.path),
  ]);
  if (!cutoff) throw new AppError(422, 'no_cutoff', noCutoff(q.fiscalYear), 'fiscalYear');
  const events = await eventsOfLines(
    db,
    lines.map((l) => l.id),
  );
  const category = new Map(lines.map((l) => [l.id, l.category]));
  const report = domainOr422(() =>
    budgetSpending(allocationLines(events.map((e) => ({ ...e, category: category.get(e.line_id) ?? '' }))), {
      returnCutoff: cutoff.return_cutoff,
      asOf: q.asOf,
    }),
  );
  return {
    unit: { code: unit.code, nameTh: unit.name_th },
    fiscalYear: q.fiscalYear,
    asOf: q.asOf,
    returnCutoff: cutoff.return_cutoff,
    rows: report.rows.map((r) => ({ category: r.category, ...presentFigures(r) })),
    total: presentFigures(report.total),
    bindings: bindings.map(presentBinding),
  };
}

export async function cutoffs(db: Db) {
  return {
    items: (await listCutoffs(db)).map((c) => ({
      fiscalYear: c.fiscal_year,
      returnCutoff: c.return_cutoff,
      rowVersion: c.row_version,
    })),
  };
}

/** The department sets each year's return cut-off (29 Aug 2568 for FY2568: 001 L138). */
export async function setCutoff(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  { returnCutoff, rowVersion }: { returnCutoff: string; rowVersion?: number | undefined },
) {
  if (user.role !== 'department_admin')
    throw forbidden('เฉพาะผู้ดูแลระบบระดับกรมกำหนดวันสุดท้ายของการส่งคืนงบประมาณได้');
  const before = await cutoffOf(db, fiscalYear);
  const versioned = {
    entity: 'budget_cutoff',
    entityId: fiscalYear,
    what: `วันสุดท้ายของการส่งคืนงบประมาณปี ${fiscalYear} `,
  };
  await requireRowVersion(db, versioned, before?.row_version ?? 0, rowVersion);
  await inTransaction(db, async (trx) => {
    await guardedUpsert(trx, versioned, rowVersion, () =>
      upsertCutoff(trx, fiscalYear, returnCutoff, rowVersion),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: user.unit.id,
      action: before ? 'update' : 'create',
      entity: 'budget_cutoff',
      entityId: String(fiscalYear),
      before: before ?? null,
      after: { fiscalYear, returnCutoff },
    });
    await refreshYearFigures(trx, fiscalYear);
    await recomputeAfterWrite(trx, 'budget', user.scope.path);
  });
  return cutoffs(db);
}
