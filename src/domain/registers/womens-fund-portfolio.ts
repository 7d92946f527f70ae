import { fiscalYearOf } from '../calendar/fiscal-year.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { Dec, type DecimalInput } from '../scoring/decimal.ts';
import { RegisterInputError } from './errors.ts';
import { formatBaht, formatDecimal } from './format.ts';
import { sum, toCount, toDate, toMoney } from './inputs.ts';
import { type PercentResult, percentOf } from './percentage.ts';

/**
 * The eight status lines of a province's women's fund report on its revolving-fund projects, in the report's order.
 * A project carries several of them at once: they are flags, not one status per project.
 */
export const portfolioStatuses = [
  'principal-repaid',
  'paying',
  'in-default',
  'debt-acknowledged',
  'restructured',
  'moratorium',
  'penalty-waived',
  'litigation',
] as const;
export type PortfolioStatus = (typeof portfolioStatuses)[number];

/** The lines in the report's own words (003 L1137–1151). */
export const PORTFOLIO_STATUS_LABELS: Readonly<Record<PortfolioStatus, string>> = {
  // 003 L1137: "๑) เงินต้นรับชำระ จำนวน ๕๖๙ โครงการ เป็นเงิน ๑๗๙,๖๕๘,๖๖๔.๘๐ บาท"
  'principal-repaid': 'เงินต้นรับชำระ',
  // 003 L1139: "๒) ลูกหนี้ชำระเงินตามสัญญา จำนวน ๙๑๘ โครงการ เป็นเงิน ๕๑,๑๕๘,๙๙๔.๓๘ บาท"
  paying: 'ลูกหนี้ชำระเงินตามสัญญา',
  // 003 L1141: "๓) ผิดนัดชำระ จำนวน ๓๖๗ โครงการ เป็นเงิน ๑๗,๕๖๔,๕๗๕.๐๖ บาท"
  'in-default': 'ผิดนัดชำระ',
  // 003 L1143: "๔) รับสภาพหนี้ จำนวน ๒๒ โครงการ เป็นเงิน ๑,๘๙๓,๙๐๔.๘๒ บาท"
  'debt-acknowledged': 'รับสภาพหนี้',
  // 003 L1145: "๕) ปรับโครงสร้างหนี้ จำนวน ๑๘๖ โครงการ เป็นเงิน ๑๗,๖๖๕,๕๑๘.๒๑ บาท"
  restructured: 'ปรับโครงสร้างหนี้',
  // 003 L1147: "๖) พักชำระหนี้ จำนวน ๑๕๕ โครงการ เป็นเงิน ๓๒,๗๑๖,๒๑๔.๒๕ บาท"
  moratorium: 'พักชำระหนี้',
  // 003 L1149: "๗) งดเบี้ยปรับ จำนวน ๕๔ โครงการ เป็นเงิน ๔,๕๓๔,๙๔๙.๗๖ บาท"
  'penalty-waived': 'งดเบี้ยปรับ',
  // 003 L1151: "๘) ดำเนินคดี จำนวน ๑ โครงการ เป็นเงิน ๒๐๐,๐๐๐ บาท"
  litigation: 'ดำเนินคดี',
};

/** Lines 2 and 3: every debtor project is either paying per contract or in default. */
export const DEBTOR_STATUSES = ['paying', 'in-default'] as const satisfies readonly PortfolioStatus[];

/** Lines 4–8: debt-relief measures; a project may have several, so their counts may add up to more than the defaults. */
export const RELIEF_MEASURES = [
  'debt-acknowledged',
  'restructured',
  'moratorium',
  'penalty-waived',
  'litigation',
] as const satisfies readonly PortfolioStatus[];

export interface PortfolioLine {
  readonly projects: number;
  /** Baht, at most 2 decimals. */
  readonly amount: DecimalInput;
}

/**
 * A province's report as of a date on the projects it approved over a span of fiscal years:
 * 003 L1135: "จังหวัดฉะเชิงเทรา อนุมัติโครงการเงินทุนหมุนเวียนให้แก่สมาชิกกองทุนพัฒนาบทบาทสตรี ปีงบประมาณ ๒๕๕๖ - ๒๕๖๕
 * จำนวน ๑,๒๘๕ โครงการ งบประมาณ ๒๒๘,๓๒๐,๒๓๕ บาท … ข้อมูล ณ วันที่ ๒๑ สิงหาคม ๒๕๖๕"
 */
export interface WomensFundPortfolio {
  readonly asOf: IsoDate;
  /** First fiscal year (B.E.) of the approvals: 2556. */
  readonly approvedFrom: number;
  /** Last fiscal year (B.E.) of the approvals: 2565. */
  readonly approvedTo: number;
  readonly approvedProjects: number;
  readonly approvedAmount: DecimalInput;
  readonly statuses: Readonly<Record<PortfolioStatus, PortfolioLine>>;
}

export interface PortfolioLineResult {
  readonly status: PortfolioStatus;
  readonly label: string;
  readonly projects: number;
  readonly amount: Dec;
}

/** Something the report shows that is not an error: the lines overlap by design. */
export interface PortfolioNote {
  readonly code: 'repaid-overlaps-debtors' | 'relief-exceeds-defaults' | 'amounts-do-not-reconcile';
  readonly message: string;
}

export interface PortfolioReport {
  readonly approved: { readonly projects: number; readonly amount: Dec };
  readonly lines: readonly PortfolioLineResult[];
  /** Lines 2 + 3: the debtor projects and what they still owe. */
  readonly outstanding: { readonly projects: number; readonly amount: Dec };
  /** Line 3 as a share of lines 2 + 3, by projects and by amount. */
  readonly defaultShare: { readonly projects: PercentResult; readonly amount: PercentResult };
  /** Lines 4–8 added up; a project with two measures counts twice. */
  readonly relief: { readonly projects: number; readonly amount: Dec };
  readonly notes: readonly PortfolioNote[];
}

/** A count grouped by thousands as the seed prints it: 1,285. */
const count = (n: number) => formatDecimal(new Dec(n), 0);

function toYear(input: number, field: string): number {
  if (!Number.isInteger(input) || input < 2500 || input > 2700) {
    throw new RegisterInputError(
      field,
      `${field} ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2556 (ได้รับ ${JSON.stringify(input)})`,
    );
  }
  return input;
}

function readLine(status: PortfolioStatus, line: PortfolioLine | undefined, approved: number) {
  const field = `statuses.${status}`;
  const label = PORTFOLIO_STATUS_LABELS[status];
  if (line === undefined) throw new RegisterInputError(field, `ไม่มีข้อมูลบรรทัด "${label}"`);
  const projects = toCount(line.projects, `${field}.projects`);
  const amount = toMoney(line.amount, `${field}.amount`);
  // Every line counts some of the approved projects, so none can count more of them.
  if (projects > approved) {
    throw new RegisterInputError(
      `${field}.projects`,
      `${label} ${count(projects)} โครงการ มากกว่าโครงการที่อนุมัติทั้งหมด ${count(approved)} โครงการ`,
    );
  }
  if (projects === 0 && !amount.isZero()) {
    throw new RegisterInputError(
      `${field}.amount`,
      `${label} ไม่มีโครงการ (0 โครงการ) แต่มีจำนวนเงิน ${formatBaht(amount)} บาท`,
    );
  }
  return { status, label, projects, amount };
}

/**
 * Checks a provincial portfolio report and derives what it implies. Refused (RegisterInputError, Thai, naming the
 * field): counts that are not whole and ≥ 0, money that is negative or has more than 2 decimals, an approval span
 * that runs backwards or past the fiscal year of the date, a line with more projects than were approved or with
 * money but no projects, and paying + in default ≠ approved projects. The overlaps of the other lines are notes.
 */
export function portfolioReport(input: WomensFundPortfolio): PortfolioReport {
  const asOf = toDate(input.asOf, 'asOf');
  const from = toYear(input.approvedFrom, 'approvedFrom');
  const to = toYear(input.approvedTo, 'approvedTo');
  if (from > to) {
    throw new RegisterInputError('approvedFrom', `ปีที่อนุมัติตั้งแต่ ${from} ต้องไม่หลังปีถึง ${to}`);
  }
  if (to > fiscalYearOf(asOf)) {
    throw new RegisterInputError(
      'approvedTo',
      `ปีที่อนุมัติถึง ${to} เลยปีงบประมาณของวันที่ข้อมูล (${fiscalYearOf(asOf)}) ไปแล้ว`,
    );
  }
  const approvedProjects = toCount(input.approvedProjects, 'approvedProjects');
  const approvedAmount = toMoney(input.approvedAmount, 'approvedAmount');
  const lines = portfolioStatuses.map((s) => readLine(s, input.statuses[s], approvedProjects));
  const line = (s: PortfolioStatus) => lines[portfolioStatuses.indexOf(s)] as PortfolioLineResult;

  // Lines 2 and 3 split the approved projects between them, with nothing left over:
  // 003 L1135: "… ปีงบประมาณ ๒๕๕๖ - ๒๕๖๕ จำนวน ๑,๒๘๕ โครงการ …"
  // 003 L1139: "๒) ลูกหนี้ชำระเงินตามสัญญา จำนวน ๙๑๘ โครงการ …"
  // 003 L1141: "๓) ผิดนัดชำระ จำนวน ๓๖๗ โครงการ …"
  // 918 + 367 = 1,285 exactly. A report where they do not add up has lost or doubled projects, so it is refused
  // (an error, not a warning): the seed's own figures pass, and the default share below is meaningless otherwise.
  const paying = line('paying');
  const inDefault = line('in-default');
  const debtorProjects = paying.projects + inDefault.projects;
  if (debtorProjects !== approvedProjects) {
    throw new RegisterInputError(
      'statuses.in-default.projects',
      `ลูกหนี้ชำระเงินตามสัญญา ${count(paying.projects)} + ผิดนัดชำระ ${count(inDefault.projects)} = ${count(debtorProjects)} โครงการ ต้องเท่ากับโครงการที่อนุมัติ ${count(approvedProjects)} โครงการ`,
    );
  }
  const outstanding = paying.amount.plus(inDefault.amount);
  const measures = RELIEF_MEASURES.map(line);
  const relief = {
    projects: measures.reduce((total, m) => total + m.projects, 0),
    amount: sum(measures.map((m) => m.amount)),
  };

  const notes: PortfolioNote[] = [];
  // Line 1 counts projects that are also on line 2 or 3 (569 + 918 > 1,285):
  // 003 L1137: "๑) เงินต้นรับชำระ จำนวน ๕๖๙ โครงการ เป็นเงิน ๑๗๙,๖๕๘,๖๖๔.๘๐ บาท"
  const repaid = line('principal-repaid');
  if (repaid.projects > 0) {
    notes.push({
      code: 'repaid-overlaps-debtors',
      message: `${repaid.label} ${count(repaid.projects)} โครงการ นับซ้อนกับลูกหนี้ (บรรทัด 2–3) ไม่ใช่โครงการอีกกลุ่มหนึ่ง`,
    });
  }
  // Lines 4–8 are measures a project may have several of, also while paying: 22 + 186 + 155 + 54 + 1 = 418 > 367.
  // 003 L1143–1151: "๔) รับสภาพหนี้ จำนวน ๒๒ โครงการ" … "๘) ดำเนินคดี จำนวน ๑ โครงการ เป็นเงิน ๒๐๐,๐๐๐ บาท"
  if (relief.projects > inDefault.projects) {
    notes.push({
      code: 'relief-exceeds-defaults',
      message: `มาตรการช่วยเหลือลูกหนี้ (บรรทัด 4–8) รวม ${count(relief.projects)} โครงการ มากกว่าผิดนัดชำระ ${count(inDefault.projects)} โครงการ: โครงการหนึ่งอาจได้หลายมาตรการ จึงนับซ้อนกันได้ ไม่ใช่ข้อผิดพลาด`,
    });
  }
  // The seed's amounts do not close: 228,320,235 − (51,158,994.38 + 17,564,575.06) = 159,596,665.56, not the
  // 179,658,664.80 of line 1; revolving funds are lent again and repayments may include interest. Shown, not refused.
  const repaidByDifference = approvedAmount.minus(outstanding);
  if (!repaidByDifference.eq(repaid.amount)) {
    notes.push({
      code: 'amounts-do-not-reconcile',
      message: `เงินอนุมัติ ${formatBaht(approvedAmount)} − ลูกหนี้คงเหลือ ${formatBaht(outstanding)} = ${formatBaht(repaidByDifference)} บาท ไม่เท่ากับ${repaid.label} ${formatBaht(repaid.amount)} บาท (ต่างกัน ${formatBaht(repaid.amount.minus(repaidByDifference).abs())} บาท) อาจเพราะเงินทุนหมุนเวียนให้กู้ซ้ำหรือรวมดอกเบี้ย`,
    });
  }

  return {
    approved: { projects: approvedProjects, amount: approvedAmount },
    lines,
    outstanding: { projects: debtorProjects, amount: outstanding },
    defaultShare: {
      projects: percentOf(
        new Dec(inDefault.projects),
        new Dec(debtorProjects),
        'ไม่มีโครงการลูกหนี้ จึงคำนวณสัดส่วนผิดนัดชำระไม่ได้',
      ),
      amount: percentOf(inDefault.amount, outstanding, 'ไม่มีลูกหนี้คงเหลือ จึงคำนวณสัดส่วนเงินผิดนัดชำระไม่ได้'),
    },
    relief,
    notes,
  };
}
