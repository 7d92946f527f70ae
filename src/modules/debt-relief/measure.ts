import type { Db } from '../../db/database.ts';
import { debtReliefPercent } from '../../domain/registers/debt-relief.ts';
import type { MeasureContext, MeasureOutcome, MeasureUnit } from '../register-bindings/measures.ts';
import { debtHouseholdsForUnits } from './queries.ts';
import { domainHousehold } from './service.ts';

/**
 * KPI I3's inputs per unit: target households of the fiscal year in its subtree, and those that count as having
 * reduced or cleared their debt. Every registered household is a target one (the register is the centre's list of
 * target households), so the target is the number registered.
 */
export async function debtReduced(db: Db, units: MeasureUnit[], ctx: MeasureContext) {
  const rows = await debtHouseholdsForUnits(db, units, ctx.fiscalYear);
  return new Map(
    units.map((unit): [string, MeasureOutcome] => {
      const households = rows.filter((r) => r.code === unit.code).map(domainHousehold);
      const relief = debtReliefPercent(households, households.length);
      if (relief.percent.percent === null) return [unit.code, { skipped: relief.percent.reason }];
      return [
        unit.code,
        {
          inputs: { reduced: String(relief.reduced), targets: String(relief.target) },
          value: relief.percent.percent.exact.toFixed(),
          note: `ทะเบียนครัวเรือนเป้าหมายบริหารจัดการหนี้ ปี ${ctx.fiscalYear}: ลดหนี้/ปลดหนี้ได้ ${relief.reduced} จาก ${relief.target} ครัวเรือน ร้อยละ ${relief.percent.percent.text}`,
        },
      ];
    }),
  );
}
