import type { Db } from '../../db/database.ts';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import { type AllocationLine, type BudgetEvent, budgetSpending } from '../../domain/registers/budget.ts';
import { RegisterInputError } from '../../domain/registers/errors.ts';
import { formatBaht } from '../../domain/registers/format.ts';
import type { MeasureContext, MeasureOutcome, MeasureUnit } from '../register-bindings/measures.ts';
import { cutoffOf, type EventRecord, eventsForUnits } from './queries.ts';

export function domainEvent(e: EventRecord): BudgetEvent {
  return e.kind === 'disbursement'
    ? { kind: e.kind, date: e.occurred_on, amount: e.amount, againstPurchaseOrder: e.against_purchase_order }
    : { kind: e.kind, date: e.occurred_on, amount: e.amount };
}

/** Events grouped into the domain's allocation lines, in the order the lines first appear. */
export function allocationLines(events: (EventRecord & { category: string })[]): AllocationLine[] {
  const lines = new Map<number, { id: string; category: string; events: BudgetEvent[] }>();
  for (const e of events) {
    const line = lines.get(e.line_id) ?? { id: String(e.line_id), category: e.category, events: [] };
    line.events.push(domainEvent(e));
    lines.set(e.line_id, line);
  }
  return [...lines.values()];
}

export const noCutoff = (fiscalYear: number) =>
  `ยังไม่ได้กำหนดวันสุดท้ายของการส่งคืนงบประมาณของปีงบประมาณ ${fiscalYear} (ผู้ดูแลระบบระดับกรมกำหนดได้)`;

/** KPI T1's inputs per unit from the budget events of its subtree, as of the binding's date. */
export async function spending(
  db: Db,
  units: MeasureUnit[],
  ctx: MeasureContext,
): Promise<Map<string, MeasureOutcome>> {
  const [cutoff, events] = await Promise.all([
    cutoffOf(db, ctx.fiscalYear),
    eventsForUnits(db, units, ctx.fiscalYear),
  ]);
  return new Map(
    units.map((unit): [string, MeasureOutcome] => {
      if (!cutoff) return [unit.code, { skipped: noCutoff(ctx.fiscalYear) }];
      try {
        const { total } = budgetSpending(allocationLines(events.filter((e) => e.code === unit.code)), {
          returnCutoff: cutoff.return_cutoff,
          asOf: ctx.asOf,
        });
        if (total.percent.percent === null) return [unit.code, { skipped: total.percent.reason }];
        return [
          unit.code,
          {
            inputs: {
              disbursed: total.disbursed.toFixed(),
              purchase_orders: total.committed.toFixed(),
              allocated: total.allocated.toFixed(),
              returned_before_cutoff: total.deductedReturns.toFixed(),
            },
            value: total.percent.percent.exact.toFixed(),
            note: `ทะเบียนงบประมาณ ณ วันที่ ${formatThaiDate(ctx.asOf)}: เบิกจ่าย/PO ${formatBaht(total.spent)} บาท จากงบที่ได้รับจัดสรรหลังหักเงินส่งคืน ${formatBaht(total.base)} บาท ร้อยละ ${total.percent.percent.text}`,
          },
        ];
      } catch (error) {
        if (error instanceof RegisterInputError) return [unit.code, { skipped: error.message }];
        throw error;
      }
    }),
  );
}
