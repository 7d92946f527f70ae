import { formatThaiDate } from '../calendar/date-format.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { Dec, type DecimalInput } from '../scoring/decimal.ts';
import { RegisterInputError } from './errors.ts';
import { formatBaht } from './format.ts';
import { sum, toDate, toMoney } from './inputs.ts';
import { type PercentResult, percentOf } from './percentage.ts';

/**
 * KPI T1, budget spending % (001 L129: "ตัวชี้วัดที่ ๑ : ร้อยละของการใช้จ่ายงบประมาณ").
 * Every event is dated and belongs to one allocation line (a budget item the unit receives, in one or more transfers):
 * - allocation: budget transferred to the unit (ได้รับจัดสรร);
 * - disbursement: money paid out (เบิกจ่าย); `againstPurchaseOrder` when it pays an earlier PO, which it then settles;
 * - purchase-order: a purchase/hire order committed and not yet paid (ใบสั่งซื้อ/สั่งจ้าง PO);
 * - return: unspent budget sent back to the department (ส่งงบประมาณคืนกรมฯ).
 */
export type BudgetEvent =
  | {
      readonly kind: 'allocation' | 'purchase-order' | 'return';
      readonly date: IsoDate;
      readonly amount: DecimalInput;
    }
  | {
      readonly kind: 'disbursement';
      readonly date: IsoDate;
      readonly amount: DecimalInput;
      readonly againstPurchaseOrder?: boolean;
    };

export interface AllocationLine {
  readonly id: string;
  /** The budget category the line reports under: "งบบุคลากร", "งบบริหาร", "งบดำเนินงาน" … */
  readonly category: string;
  readonly events: readonly BudgetEvent[];
}

export interface BudgetDates {
  /**
   * Last day a return is deducted from the allocation; set per fiscal year, 29 Aug 2568 (2025-08-29) for FY2568:
   * 001 L138: "ให้รีบดำเนินการส่งงบประมาณเหลือจ่ายหรือหมดความจำเป็นคืนกรมฯ ทันที หรือภายในวันที่ **๒๙ สิงหาคม ๒๕๖๘**"
   */
  readonly returnCutoff: IsoDate;
  /**
   * The data date: events after it are ignored. The spending cut-off for the KPI,
   * 001 L140: "วันที่ตัดยอดการใช้จ่ายงบประมาณคือ วันที่ ๓๐ กันยายน ๒๕๖๘",
   * or a progress date, 003 L271: "(ข้อมูล ณ วันที่ ๓๐ สิงหาคม ๒๕๖๕)".
   */
  readonly asOf: IsoDate;
}

export interface BudgetFigures {
  /** Every allocation up to the data date. */
  readonly allocated: Dec;
  /** Every return up to the data date. */
  readonly returned: Dec;
  /** The returns taken off the allocation (see `deductibleReturns`). */
  readonly deductedReturns: Dec;
  /** The KPI's denominator: allocated − deducted returns. */
  readonly base: Dec;
  readonly disbursed: Dec;
  /** Purchase orders not yet paid. */
  readonly committed: Dec;
  /** disbursed + committed: the KPI's numerator. */
  readonly spent: Dec;
  /** allocated − spent, the minutes' คงเหลือ column (returned money is not subtracted). */
  readonly remaining: Dec;
  readonly percent: PercentResult;
}

export interface BudgetRow extends BudgetFigures {
  readonly category: string;
}

export interface BudgetReport {
  /** One row per category, in the order the categories first appear. */
  readonly rows: readonly BudgetRow[];
  readonly total: BudgetFigures;
}

interface LineAmounts {
  readonly allocated: Dec;
  readonly returned: Dec;
  readonly deductedReturns: Dec;
  readonly disbursed: Dec;
  readonly committed: Dec;
}

type EventKind = BudgetEvent['kind'];

interface DatedAmount {
  readonly kind: EventKind;
  readonly date: IsoDate;
  readonly amount: Dec;
  readonly settles: boolean;
}

function total(events: readonly DatedAmount[], keep: (event: DatedAmount) => boolean): Dec {
  return sum(events.filter(keep).map((event) => event.amount));
}

/**
 * The returns taken off the allocation.
 * 1. A return on or before the cut-off is deducted; one after it is not:
 *    001 L138: "กรมฯ จะนำงบประมาณที่แจ้งส่งคืนกรมฯ นำมาหักจากงบประมาณที่หน่วยงานได้รับการจัดสรรฯ แต่หากหน่วยงานส่งงบประมาณคืนกรมฯ
 *    หลังจากวันที่ **๒๙ สิงหาคม ๒๕๖๘** กรมฯ จะถือว่า งบประมาณดังกล่าวยังเป็นส่วนหนึ่งของงบประมาณที่หน่วยงานได้รับการจัดสรรฯ"
 * 2. Budget transferred after the cut-off and returned is excluded as well:
 *    001 L137: "หรือกรณี หมดความจำเป็นในการใช้งบประมาณ จากการโอนจัดสรรงบประมาณให้หน่วยงาน หลังวันที่ ๒๙ สิงหาคม ๒๕๖๘
 *    และส่งงบประมาณคืนกรมฯ)". Our reading (research §5.1): on each line, a return made after the cut-off is deducted up to
 *    the amount that line received after the cut-off, the late returns being taken from the late transfers first;
 *    the rest of a late return stays in the denominator, by rule 1.
 */
function deductibleReturns(events: readonly DatedAmount[], cutoff: IsoDate): Dec {
  const onTime = total(events, (event) => event.kind === 'return' && event.date <= cutoff);
  const late = total(events, (event) => event.kind === 'return' && event.date > cutoff);
  const lateAllocations = total(events, (event) => event.kind === 'allocation' && event.date > cutoff);
  return onTime.plus(Dec.min(late, lateAllocations));
}

function lineAmounts(line: AllocationLine, at: string, dates: BudgetDates): LineAmounts {
  const events: DatedAmount[] = line.events
    .map((event, index) => ({
      kind: event.kind,
      date: toDate(event.date, `${at}.events[${index}].date`),
      amount: toMoney(event.amount, `${at}.events[${index}].amount`),
      settles: event.kind === 'disbursement' && event.againstPurchaseOrder === true,
    }))
    .filter((event) => event.date <= dates.asOf);
  const of = (kind: EventKind) => total(events, (event) => event.kind === kind);
  const allocated = of('allocation');
  const returned = of('return');
  const disbursed = of('disbursement');
  const committed = of('purchase-order').minus(total(events, (event) => event.settles));
  if (committed.isNegative()) {
    throw new RegisterInputError(
      at,
      `รายการ ${line.id}: เบิกจ่ายตาม PO เกินยอด PO ที่ผูกพันไว้ ${formatBaht(committed.negated())} บาท ณ วันที่ ${formatThaiDate(dates.asOf)}`,
    );
  }
  const used = disbursed.plus(committed).plus(returned);
  if (used.gt(allocated)) {
    throw new RegisterInputError(
      at,
      `รายการ ${line.id}: เบิกจ่าย/PO และส่งคืนรวม ${formatBaht(used)} บาท เกินงบที่ได้รับจัดสรร ${formatBaht(allocated)} บาท ณ วันที่ ${formatThaiDate(dates.asOf)}`,
    );
  }
  return {
    allocated,
    returned,
    deductedReturns: deductibleReturns(events, dates.returnCutoff),
    disbursed,
    committed,
  };
}

/**
 * 001 L142–145: "สูตรการ : จำนวนเงินงบประมาณที่สามารถใช้จ่ายได้จริงของหน่วยงาน / จำนวนเงินงบประมาณทั้งหมดที่ได้รับจัดสรรในปีงบประมาณ
 * พ.ศ. ๒๕๖๘ X๑๐๐", where spending is disbursement plus PO, 001 L135: "ผลการเบิกจ่ายงบประมาณ ร่วมกับงบประมาณที่จัดทำใบสั่งซื้อ/สั่งจ้าง
 * (PO)". Remaining as the minutes print it, 003 L273–274: "ได้รับจัดสรร	เบิกจ่าย/PO	ร้อยละ	คงเหลือ" /
 * "งบบุคลากร	๑๐,๕๓๖,๖๗๗.๕๑	๙,๙๙๔,๔๕๒.๕๑	๙๔.๘๕	๕๔๒,๒๒๕.๐๐" (remaining = allocated − disbursed/PO).
 */
function figures(lines: readonly LineAmounts[], asOf: IsoDate): BudgetFigures {
  const of = (pick: (line: LineAmounts) => Dec) => sum(lines.map(pick));
  const allocated = of((line) => line.allocated);
  const deductedReturns = of((line) => line.deductedReturns);
  const disbursed = of((line) => line.disbursed);
  const committed = of((line) => line.committed);
  const base = allocated.minus(deductedReturns);
  const spent = disbursed.plus(committed);
  return {
    allocated,
    returned: of((line) => line.returned),
    deductedReturns,
    base,
    disbursed,
    committed,
    spent,
    remaining: allocated.minus(spent),
    percent: percentOf(
      spent,
      base,
      `ไม่มีงบประมาณที่ได้รับจัดสรร (หลังหักเงินส่งคืน) ณ วันที่ ${formatThaiDate(asOf)} จึงคำนวณร้อยละการใช้จ่ายไม่ได้`,
    ),
  };
}

/** Spending per category and in total. The total's % is total spent ÷ total base, never a mean of the rows' %. */
export function budgetSpending(lines: readonly AllocationLine[], dates: BudgetDates): BudgetReport {
  toDate(dates.returnCutoff, 'returnCutoff');
  toDate(dates.asOf, 'asOf');
  const amounts = lines.map((line, index) => ({
    category: line.category,
    amounts: lineAmounts(line, `lines[${index}]`, dates),
  }));
  const categories = [...new Set(lines.map((line) => line.category))];
  const rows = categories.map((category) => ({
    category,
    ...figures(
      amounts.filter((line) => line.category === category).map((line) => line.amounts),
      dates.asOf,
    ),
  }));
  return {
    rows,
    total: figures(
      amounts.map((line) => line.amounts),
      dates.asOf,
    ),
  };
}
