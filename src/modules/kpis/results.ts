import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, forbidden, notFound } from '../../errors.ts';
import { type AuthUser, canRead } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { unitByCode } from '../org-units/service.ts';
import { findKpi, resultsFor, upsertResult } from './queries.ts';
import { kpiSetInScope } from './service.ts';

export const resultsForUnits = (db: Db, kpiIds: number[], unitIds: number[]) =>
  resultsFor(db, kpiIds, unitIds);

export type ResultInput = {
  kpiId: number;
  unitCode: string;
  value?: string | null;
  verified?: string[];
  measures?: Record<string, string>;
  asOf: string;
  note?: string | null;
};

/**
 * Enters a unit's current result for a KPI (by hand; reports and registers feed it later). The unit's own office,
 * or the province or department above it, may enter it; viewers may not.
 */
export async function setResult(db: Db, user: AuthUser, input: ResultInput) {
  const kpi = await findKpi(db, input.kpiId);
  if (!kpi) throw new AppError(422, 'unknown_kpi', `ไม่พบตัวชี้วัดรหัส ${input.kpiId}`, 'kpiId');
  await kpiSetInScope(db, user, kpi.kpi_set_id);
  const unit = await unitByCode(db, input.unitCode);
  if (!unit) throw new AppError(422, 'unknown_unit', `ไม่พบหน่วยงานรหัส "${input.unitCode}"`, 'unitCode');
  if (!canRead(user, unit)) throw notFound(`หน่วยงานรหัส ${input.unitCode}`, 'unitCode');
  if (user.role === 'viewer') throw forbidden('ผู้ดูข้อมูลบันทึกผลการดำเนินงานไม่ได้');
  if (input.value == null && !input.verified && !input.measures) {
    throw new AppError(400, 'invalid', 'กรุณากรอกผลการดำเนินงาน', 'value');
  }
  const inputs =
    input.verified || input.measures ? { verified: input.verified, measures: input.measures } : null;
  const before = (await resultsFor(db, [kpi.id], [unit.id]))[0] ?? null;
  await inTransaction(db, async (trx) => {
    await upsertResult(trx, {
      kpi_id: kpi.id,
      unit_id: unit.id,
      value: input.value ?? null,
      inputs,
      source: 'manual',
      as_of: input.asOf,
      note: input.note ?? null,
      entered_by: user.id,
    });
    await recordAudit(trx, {
      actor: user,
      unitId: unit.id,
      action: before ? 'update' : 'create',
      entity: 'kpi_result',
      entityId: `${kpi.id}:${unit.code}`,
      before,
      after: { value: input.value ?? null, inputs, asOf: input.asOf, note: input.note ?? null },
    });
  });
  return { kpiId: kpi.id, unitCode: unit.code, value: input.value ?? null, inputs, asOf: input.asOf };
}
