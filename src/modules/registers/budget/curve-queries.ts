import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { BudgetEventKind } from '../../../db/tables/registers.ts';
import { under } from '../scope.ts';

export type MonthlyEventRow = {
  line_id: number;
  category: string;
  province: string;
  kind: BudgetEventKind;
  against_purchase_order: boolean;
  occurred_on: string;
  amount: string;
};

/**
 * The budget events of the lines under `path` in a fiscal year, summed per line, kind, month and side of the return
 * cut-off (and PO settlement), each sum dated on its group's last day. At any month end these sums give the register's
 * figures exactly: every event of a group is on the same side of the month end and of the cut-off. One statement,
 * grouped on the database (a few thousand events per province-year become a few per line).
 */
export function monthlyEventsUnder(db: Db, path: string, fiscalYear: number, returnCutoff: string) {
  return sql<MonthlyEventRow>`
    select l.id as line_id, l.category, split_part(u.path, '/', 3) as province, e.kind, e.against_purchase_order,
      to_char(max(e.occurred_on), 'YYYY-MM-DD') as occurred_on, sum(e.amount)::text as amount
    from budget_lines l
    join units u on u.id = l.unit_id
    join budget_events e on e.line_id = l.id
    where u.path like ${under(path)} and l.fiscal_year = ${fiscalYear}::int
    group by l.id, l.category, u.path, e.kind, e.against_purchase_order, date_trunc('month', e.occurred_on),
      e.occurred_on > ${returnCutoff}::date
    order by l.id, max(e.occurred_on)`
    .execute(db)
    .then((r) => r.rows);
}
