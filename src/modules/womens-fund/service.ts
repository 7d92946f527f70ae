import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { membershipPercent, overdueDebt } from '../../domain/registers/womens-fund.ts';
import { notFound } from '../../errors.ts';
import { domainOr422 } from '../../http/domain-errors.ts';
import { percentView } from '../../http/percent-view.ts';
import { guardedUpsert, requireRowVersion } from '../../http/row-version.ts';
import type { AuthUser } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { readableUnit, writableUnit } from '../org-units/unit-access.ts';
import { bindingsInArea, presentBinding, recomputeAfterWrite } from '../register-bindings/service.ts';
import {
  findSnapshot,
  type SnapshotColumns,
  type SnapshotRecord,
  snapshotsUnder,
  upsertSnapshot,
} from './queries.ts';
import type { SnapshotInput, SnapshotsQuery } from './schemas.ts';

/** Many snapshots or portfolio reports in one statement each, for the demo loader. */
export { upsertPortfolios, upsertSnapshots } from './queries.ts';

/** B = A − not yet due − suspended − litigation and C = B ÷ A × 100 of a stored snapshot (domain overdueDebt). */
export const overdueOf = (
  s: Pick<SnapshotColumns, 'outstanding' | 'not_yet_due' | 'suspended' | 'litigation'>,
) =>
  overdueDebt({
    outstanding: s.outstanding,
    notYetDue: s.not_yet_due,
    suspended: s.suspended,
    litigation: s.litigation,
  });

/** The stored form of a snapshot as PUT /womens-fund and its import take it. */
export function snapshotColumns(unitId: number, input: Omit<SnapshotInput, 'unitCode'>): SnapshotColumns {
  return {
    unit_id: unitId,
    as_of: input.asOf,
    outstanding: input.outstanding,
    not_yet_due: input.notYetDue,
    suspended: input.suspended,
    litigation: input.litigation,
    members: input.members ?? null,
    women_aged_15_plus: input.womenAged15Plus ?? null,
  };
}

/** C = B ÷ A × 100 with B from the snapshot (overdueOf), and members ÷ women 15+ × 100 (membershipPercent). */
function presentSnapshot(s: SnapshotRecord) {
  const debt = overdueOf(s);
  return {
    id: s.id,
    unit: { code: s.unit_code, nameTh: s.unit_name_th },
    asOf: s.as_of,
    outstanding: s.outstanding,
    notYetDue: s.not_yet_due,
    suspended: s.suspended,
    litigation: s.litigation,
    overdue: debt.overdue.toFixed(2),
    overduePercent: percentView(debt.percent),
    members: s.members,
    womenAged15Plus: s.women_aged_15_plus,
    rowVersion: s.row_version,
    membershipPercent:
      s.members === null || s.women_aged_15_plus === null
        ? null
        : percentView(membershipPercent({ members: s.members, womenAged15Plus: s.women_aged_15_plus })),
  };
}

/** The unit's snapshots, newest first, and (given a fiscal year) the KPIs of that year's sets bound to them. */
export async function listSnapshots(db: Db, user: AuthUser, q: SnapshotsQuery) {
  const unit = await readableUnit(db, user, q.unit);
  const year = q.fiscalYear;
  const [snapshots, overdue, membership] = await Promise.all([
    snapshotsUnder(db, unit.path),
    year === undefined ? [] : bindingsInArea(db, 'womens_fund.overdue', year, unit.path),
    year === undefined ? [] : bindingsInArea(db, 'womens_fund.membership', year, unit.path),
  ]);
  return { items: snapshots.map(presentSnapshot), bindings: [...overdue, ...membership].map(presentBinding) };
}

/** The LM debtor snapshot of a province (or a district) on a date; the same date again replaces it. */
export async function saveSnapshot(db: Db, user: AuthUser, input: SnapshotInput) {
  const unit = await writableUnit(db, user, input.unitCode);
  const row = snapshotColumns(unit.id, input);
  domainOr422(() => overdueDebt(input));
  const before = await findSnapshot(db, unit.id, input.asOf);
  const versioned = {
    entity: 'womens_fund_snapshot',
    entityId: before?.id ?? 0,
    what: `ข้อมูลลูกหนี้กองทุนพัฒนาบทบาทสตรีของ${unit.name_th} ณ วันที่ ${input.asOf} `,
  };
  await requireRowVersion(db, versioned, before?.row_version ?? 0, input.rowVersion);
  await inTransaction(db, async (trx) => {
    const saved = await guardedUpsert(trx, versioned, input.rowVersion, () =>
      upsertSnapshot(trx, row, input.rowVersion),
    );
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: before ? 'update' : 'create',
      entity: 'womens_fund_snapshot',
      entityId: String(saved.id),
      before: before ? presentSnapshot(before) : null,
      after: input,
    });
    await recomputeAfterWrite(trx, 'womens_fund', unit.path);
  });
  const saved = await findSnapshot(db, unit.id, input.asOf);
  if (!saved) throw notFound('ข้อมูลลูกหนี้');
  return { snapshot: presentSnapshot(saved) };
}
