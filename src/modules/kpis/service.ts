import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { roundLabel } from '../../domain/calendar/labels.ts';
import { evaluationRound, type RoundNumber } from '../../domain/calendar/round.ts';
import { formulaSchema } from '../../domain/formula/schema.ts';
import { storedFormulaWords } from '../../domain/formula/words.ts';
import type { KpiSetKpi } from '../../domain/kpi-library/kpi-set-file.ts';
import { canonical, Dec } from '../../domain/scoring/decimal.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { guardedDelete, guardedUpdate, guardedUpsert, requireRowVersion } from '../../http/row-version.ts';
import { type AuthUser, canRead, canWrite, isAboveScope, requireWrite } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { KPI_CARD_LIMITS } from '../imports/limits.ts';
import { runImport } from '../imports/runner.ts';
import type { TableRow } from '../imports/table-reader.ts';
import type { Upload } from '../imports/upload.ts';
import { unitByCode } from '../org-units/service.ts';
import { agreementUsage } from './agreement-usage.ts';
import { cardsOfTable, KPI_COLUMN_LABELS, kpiWorkbook } from './kpi-workbook.ts';
import {
  deleteKpi,
  findKpi,
  findKpiSet,
  insertKpiSet,
  insertKpis,
  type KpiRecord,
  type KpiRow,
  type KpiSetRecord,
  keyTaken,
  kpiSetExists,
  kpiSetRounds,
  kpisOfSet,
  listKpiSets,
  roundsOf,
  updateKpi,
  updateKpis,
  upsertRound,
} from './queries.ts';
import { scoresStale } from './score-hooks.ts';

export async function roundsOfYear(db: Db, fiscalYear: number) {
  const stored = await roundsOf(db, fiscalYear);
  return ([1, 2] as const).map((number) => {
    const row = stored.find((r) => r.number === number);
    const round = evaluationRound(
      fiscalYear,
      number,
      row ? { start: row.start_date, end: row.end_date } : {},
    );
    return {
      ...round,
      custom: row !== undefined,
      labelTh: roundLabel(round),
      labelThDigits: roundLabel(round, { digits: 'thai' }),
      labelEn: roundLabel(round, { lang: 'en' }),
      rowVersion: row?.row_version ?? 0,
    };
  });
}

/** The department moves a round's dates: 001 L175 "หรือในช่วงระยะเวลา ตามที่กรมการพัฒนาชุมชนกำหนด". */
export async function setRoundDates(
  db: Db,
  user: AuthUser,
  fiscalYear: number,
  number: RoundNumber,
  { rowVersion, ...dates }: { start: string; end: string; rowVersion?: number | undefined },
) {
  if (user.role !== 'department_admin') throw forbidden('เฉพาะผู้ดูแลระบบระดับกรมกำหนดช่วงเวลารอบการประเมินได้');
  if (dates.start > dates.end) throw new AppError(422, 'invalid_dates', 'วันเริ่มต้นต้องไม่อยู่หลังวันสิ้นสุด', 'start');
  const before = await roundsOfYear(db, fiscalYear);
  const versioned = {
    entity: 'evaluation_round',
    entityId: `${fiscalYear}/${number}`,
    what: `ช่วงเวลารอบการประเมินที่ ${number}/${fiscalYear} `,
  };
  const stored = before.find((r) => r.number === number)?.rowVersion ?? 0;
  await requireRowVersion(db, versioned, stored, rowVersion);
  await inTransaction(db, async (trx) => {
    await guardedUpsert(trx, versioned, rowVersion, () =>
      upsertRound(
        trx,
        { fiscal_year: fiscalYear, number, start_date: dates.start, end_date: dates.end },
        rowVersion,
      ),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: user.unit.id,
      action: 'update',
      entity: 'evaluation_round',
      entityId: `${fiscalYear}/${number}`,
      before: before.find((r) => r.number === number),
      after: { fiscalYear, number, ...dates },
    });
  });
  return roundsOfYear(db, fiscalYear);
}

export function presentSet(s: KpiSetRecord) {
  return {
    id: s.id,
    fiscalYear: s.fiscal_year,
    round: s.round,
    nameTh: s.name_th,
    source: s.source,
    copiedFromId: s.copied_from_id,
    owner: { id: s.owner_id, code: s.owner_code, nameTh: s.owner_name_th },
    updatedAt: s.updated_at.toISOString(),
  };
}

/** A stored formula in Thai words; a row that no longer reads as a formula shows none rather than failing. */
export function formulaWordsOf(stored: unknown): string | null {
  const parsed = formulaSchema.nullable().safeParse(stored);
  return parsed.success ? storedFormulaWords(parsed.data) : null;
}

export function presentKpi(k: KpiRecord) {
  return {
    id: k.id,
    kpiSetId: k.kpi_set_id,
    key: k.key,
    number: k.number,
    kind: k.kind,
    nameTh: k.name_th,
    nameEn: k.name_en,
    unitOfMeasure: k.unit_of_measure,
    weight: k.weight === null ? null : canonical(new Dec(k.weight)),
    definition: k.definition,
    formulaText: k.formula_text,
    formula: k.formula,
    /** The formula in Thai words ("(เบิกจ่าย + ใบสั่งซื้อ) × 100 ÷ งบที่ได้รับ"): what a reader sees, never the ids. */
    formulaWords: formulaWordsOf(k.formula),
    rationale: k.rationale,
    dataSource: k.data_source,
    levelTexts: k.level_texts as string[],
    criteria: k.criteria,
    evidence: k.evidence,
    contacts: k.contacts,
    workGroup: k.work_group,
    measurementDay: k.measurement_day,
    notes: k.notes,
    rowVersion: k.row_version,
  };
}

/** Whoever may read the owner's units or whose scope lies under the owner (a district reads its province's set). */
function canReadSet(user: AuthUser, s: KpiSetRecord): boolean {
  return canRead(user, { path: s.owner_path }) || isAboveScope(user, { path: s.owner_path });
}

export async function kpiSetInScope(db: Db, user: AuthUser, id: number): Promise<KpiSetRecord> {
  const s = await findKpiSet(db, id);
  if (!s || !canReadSet(user, s)) throw notFound('ชุดตัวชี้วัด');
  return s;
}

/** Writes to a set: editors of the owning office (its province's staff and admin, or the department). */
function canEditSet(user: AuthUser, s: KpiSetRecord): boolean {
  return canWrite(user, { path: s.owner_path }, 'editUnits') && user.role !== 'district_officer';
}

/** Whether the user may edit the set with this id (false when it does not exist or lies outside the scope). */
export async function canEditKpiSet(db: Db, user: AuthUser, id: number): Promise<boolean> {
  const s = await findKpiSet(db, id);
  return s !== undefined && canReadSet(user, s) && canEditSet(user, s);
}

/** canEditSet with the reason for a refusal. */
export function requireSetWrite(user: AuthUser, s: KpiSetRecord): void {
  requireWrite(user, { path: s.owner_path, nameTh: s.owner_name_th }, 'editUnits');
  if (user.role === 'district_officer') throw forbidden('พัฒนาการอำเภอแก้ไขชุดตัวชี้วัดของจังหวัดไม่ได้');
}

export async function listSets(db: Db, user: AuthUser, fiscalYear?: number) {
  return { items: (await listKpiSets(db, user.scope.path, fiscalYear)).map(presentSet) };
}

/**
 * The fiscal years that have KPI sets for the user's unit, newest first, each with its rounds, and the latest
 * round with a set: the set pages open there rather than on an empty current year.
 */
export async function setYears(db: Db, user: AuthUser) {
  const rows = await kpiSetRounds(db, user.scope.path);
  const years = [...new Set(rows.map((row) => row.fiscal_year))];
  const latest = rows[0];
  return {
    items: years.map((fiscalYear) => ({
      fiscalYear,
      rounds: rows.filter((row) => row.fiscal_year === fiscalYear).map((row) => row.round as RoundNumber),
    })),
    latest: latest ? { fiscalYear: latest.fiscal_year, round: latest.round as RoundNumber } : null,
  };
}

export async function getSet(db: Db, user: AuthUser, id: number) {
  const s = await kpiSetInScope(db, user, id);
  const [kpis, rounds] = await Promise.all([kpisOfSet(db, id), roundsOfYear(db, s.fiscal_year)]);
  const round = rounds.find((r) => r.number === s.round);
  return { set: presentSet(s), round, kpis: kpis.map(presentKpi), canEdit: canEditSet(user, s) };
}

/** A new round's set, empty or copied (KPIs and cards, not agreements or results) from an earlier one. */
export async function createSet(
  db: Db,
  user: AuthUser,
  input: { ownerCode: string; fiscalYear: number; round: RoundNumber; nameTh: string; copyFromId?: number },
) {
  const owner = await unitByCode(db, input.ownerCode);
  if (!owner || (owner.kind !== 'province' && owner.kind !== 'department')) {
    throw new AppError(422, 'unknown_unit', `ไม่พบจังหวัดหรือกรมรหัส "${input.ownerCode}"`, 'ownerCode');
  }
  const draft: KpiSetRecord = {
    id: 0,
    fiscal_year: input.fiscalYear,
    round: input.round,
    name_th: input.nameTh,
    source: null,
    copied_from_id: null,
    updated_at: new Date(),
    owner_id: owner.id,
    owner_code: owner.code,
    owner_name_th: owner.name_th,
    owner_path: owner.path,
  };
  requireSetWrite(user, draft);
  if (await kpiSetExists(db, owner.id, input.fiscalYear, input.round)) {
    throw conflict('round', `${owner.name_th}มีชุดตัวชี้วัดรอบที่ ${input.round}/${input.fiscalYear} อยู่แล้ว`);
  }
  const source = input.copyFromId === undefined ? undefined : await kpiSetInScope(db, user, input.copyFromId);
  const kpis = source ? await kpisOfSet(db, source.id) : [];
  const id = await inTransaction(db, async (trx) => {
    const created = await insertKpiSet(trx, {
      owner_unit_id: owner.id,
      fiscal_year: input.fiscalYear,
      round: input.round,
      name_th: input.nameTh,
      source: source ? `คัดลอกจาก ${source.name_th}` : null,
      copied_from_id: source?.id ?? null,
    });
    await insertKpis(
      trx,
      created.id,
      kpis.map(({ id: _id, kpi_set_id: _set, ...row }) => row),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: owner.id,
      action: 'create',
      entity: 'kpi_set',
      entityId: String(created.id),
      before: null,
      after: { ...input, copiedKpis: kpis.length },
    });
    return created.id;
  });
  return getSet(db, user, id);
}

/** For other modules: the KPIs of a set, in order. */
export const kpisOfKpiSet = (db: Db, kpiSetId: number) => kpisOfSet(db, kpiSetId);

/** A card as the API and the data files write it (src/domain/kpi-library/kpi-set-file.ts) → a row. */
export function kpiRowOf(card: KpiSetKpi, position: number): KpiRow {
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
    formula: card.formula,
    rationale: card.rationale,
    data_source: card.dataSource,
    level_texts: card.levelTexts,
    criteria: card.criteria,
    evidence: card.evidence,
    contacts: card.contacts,
    work_group: card.workGroup,
    measurement_day: card.measurementDay,
    notes: card.notes,
    position,
  };
}

const keyConflict = (key: string) => conflict('key', `ชุดตัวชี้วัดนี้มีตัวชี้วัดรหัส ${key} อยู่แล้ว`);

export async function addKpi(db: Db, user: AuthUser, kpiSetId: number, card: KpiSetKpi) {
  const s = await kpiSetInScope(db, user, kpiSetId);
  requireSetWrite(user, s);
  if (await keyTaken(db, s.id, card.key)) throw keyConflict(card.key);
  const position = (await kpisOfSet(db, s.id)).length;
  const id = await inTransaction(db, async (trx) => {
    const [created] = await insertKpis(trx, s.id, [kpiRowOf(card, position)]);
    if (!created) throw notFound('ตัวชี้วัด');
    await recordAudit(trx, {
      actor: user,
      unitId: s.owner_id,
      action: 'create',
      entity: 'kpi',
      entityId: String(created.id),
      before: null,
      after: card,
    });
    return created.id;
  });
  const kpi = await findKpi(db, id);
  if (!kpi) throw notFound('ตัวชี้วัด');
  return { kpi: presentKpi(kpi) };
}

async function kpiForEdit(db: Db, user: AuthUser, id: number) {
  const kpi = await findKpi(db, id);
  if (!kpi) throw notFound('ตัวชี้วัด');
  const s = await kpiSetInScope(db, user, kpi.kpi_set_id);
  requireSetWrite(user, s);
  const used = await agreementUsage().agreementsListing(db, id);
  return { kpi, s, used };
}

/** A card can change until an agreement that uses it is signed; then the agreement must be amended instead. */
const versionedKpi = (k: Pick<KpiRecord, 'id' | 'number' | 'name_th'>) => ({
  entity: 'kpi',
  entityId: k.id,
  what: `บัตรตัวชี้วัดที่ ${k.number} "${k.name_th}" `,
});

export async function changeKpi(
  db: Db,
  user: AuthUser,
  id: number,
  { rowVersion, ...card }: KpiSetKpi & { rowVersion?: number | undefined },
) {
  const { kpi, s, used } = await kpiForEdit(db, user, id);
  if (used.some((a) => a.status !== 'draft')) {
    throw new AppError(409, 'locked', 'ตัวชี้วัดนี้อยู่ในคำรับรองที่ลงนามแล้ว แก้ไขไม่ได้', 'key');
  }
  await requireRowVersion(db, versionedKpi(kpi), kpi.row_version, rowVersion);
  if (await keyTaken(db, s.id, card.key, id)) throw keyConflict(card.key);
  await inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versionedKpi(kpi), rowVersion, () =>
      updateKpi(trx, id, kpiRowOf(card, kpi.position), rowVersion),
    );
    await scoresStale(trx, { kpiIds: [id] });
    await recordAudit(trx, {
      actor: user,
      unitId: s.owner_id,
      action: 'update',
      entity: 'kpi',
      entityId: String(id),
      before: presentKpi(kpi),
      after: card,
    });
  });
  const after = await findKpi(db, id);
  if (!after) throw notFound('ตัวชี้วัด');
  return { kpi: presentKpi(after) };
}

/** Removes a card; from an older version than the stored one (`?rowVersion=`) it is refused 409 stale. */
export async function removeKpi(db: Db, user: AuthUser, id: number, rowVersion: number | undefined) {
  const { kpi, s, used } = await kpiForEdit(db, user, id);
  if (used.length > 0) {
    throw new AppError(409, 'in_use', `ตัวชี้วัดนี้อยู่ในคำรับรอง ${used.length} ฉบับ ให้นำออกจากคำรับรองก่อน`, 'id');
  }
  await requireRowVersion(db, versionedKpi(kpi), kpi.row_version, rowVersion);
  await inTransaction(db, async (trx) => {
    await guardedDelete(trx, versionedKpi(kpi), rowVersion, () => deleteKpi(trx, id, rowVersion));
    await recordAudit(trx, {
      actor: user,
      unitId: s.owner_id,
      action: 'delete',
      entity: 'kpi',
      entityId: String(id),
      before: presentKpi(kpi),
      after: null,
    });
  });
}

export async function exportSet(db: Db, user: AuthUser, id: number) {
  const { set, kpis } = await getSet(db, user, id);
  return {
    filename: `tidtam-kpis-${set.fiscalYear}-r${set.round}-${set.owner.code}.xlsx`,
    buffer: await kpiWorkbook(set.nameTh, kpis),
  };
}

/**
 * Imports cards from the exported layout: rows are checked like the API, existing keys are updated and new ones
 * added, all in one transaction; any bad row → nothing is saved and every bad row is named.
 */
export async function importSet(db: Db, user: AuthUser, id: number, receive: () => Promise<Upload>) {
  const s = await kpiSetInScope(db, user, id);
  requireSetWrite(user, s);
  type Plan = { added: KpiSetKpi[]; changed: KpiSetKpi[]; existing: Awaited<ReturnType<typeof kpisOfSet>> };
  return runImport<TableRow, Plan, { created: number; updated: number }>(db, receive, {
    columns: ['key', 'number', 'kind', 'name_th', 'criteria'],
    labels: KPI_COLUMN_LABELS,
    emptyMessage: 'ไฟล์ไม่มีบัตรตัวชี้วัด',
    limits: KPI_CARD_LIMITS,
    // A card reads several cells together (criteria, measures), so rows are checked as a table.
    parseRow: (row) => row,
    check: async (table, errors) => {
      const { cards, errors: cardErrors } = cardsOfTable(table);
      errors.rows.push(...cardErrors);
      const existing = await kpisOfSet(db, s.id);
      const lockedIds = new Set(await agreementUsage().kpisInSignedAgreements(db, s.id));
      const locked = new Set(existing.filter((k) => lockedIds.has(k.id)).map((k) => k.key));
      for (const card of cards) {
        if (locked.has(card.key)) {
          const row = table.find((r) => r.values.key === card.key)?.row ?? 0;
          errors.rows.push({
            row,
            field: 'key',
            message: `ตัวชี้วัด ${card.key} อยู่ในคำรับรองที่ลงนามแล้ว แก้ไขไม่ได้`,
          });
        }
      }
      const byKey = new Set(existing.map((k) => k.key));
      return {
        added: cards.filter((c) => !byKey.has(c.key)),
        changed: cards.filter((c) => byKey.has(c.key)),
        existing,
      };
    },
    save: async (trx, { added, changed, existing }, filename) => {
      const byKey = new Map(existing.map((k) => [k.key, k]));
      await insertKpis(
        trx,
        s.id,
        added.map((c, i) => kpiRowOf(c, existing.length + i)),
      );
      await updateKpis(
        trx,
        changed.flatMap((card) => {
          const kpi = byKey.get(card.key);
          return kpi ? [{ ...kpiRowOf(card, kpi.position), id: kpi.id }] : [];
        }),
      );
      await scoresStale(trx, {
        kpiIds: changed.flatMap((card) => byKey.get(card.key)?.id ?? []),
      });
      await recordAudit(trx, {
        actor: user,
        unitId: s.owner_id,
        action: 'import',
        entity: 'kpi_set',
        entityId: String(s.id),
        before: null,
        after: { filename, added: added.map((c) => c.key), updated: changed.map((c) => c.key) },
      });
      return { created: added.length, updated: changed.length };
    },
  });
}

/** A whole set of cards at once (data files, demo): the set and its KPIs in the caller's transaction. */
export async function insertSetWithCards(
  db: Db,
  set: { ownerId: number; fiscalYear: number; round: number; nameTh: string; source: string | null },
  cards: KpiSetKpi[],
) {
  return inTransaction(db, async (trx) => {
    const { id } = await insertKpiSet(trx, {
      owner_unit_id: set.ownerId,
      fiscal_year: set.fiscalYear,
      round: set.round,
      name_th: set.nameTh,
      source: set.source,
      copied_from_id: null,
    });
    const kpis = await insertKpis(
      trx,
      id,
      cards.map((c, i) => kpiRowOf(c, i)),
    );
    return { id, kpiIds: new Map(kpis.map((k) => [k.key, k.id])) };
  });
}
