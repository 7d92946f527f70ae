import { Dec, type DecimalInput } from '../scoring/decimal.ts';
import { RegisterInputError } from './errors.ts';
import { sum, toMoney } from './inputs.ts';
import { type PercentResult, percentOf } from './percentage.ts';

/**
 * 000 L106–108: "๑) กองทุนหมู่บ้าน จำนวน.....กองทุน / ๒) กองทุนชุมชนเมือง จำนวน.....กองทุน / ๓) กองทุนชุมชนทหาร จำนวน.....กองทุน"
 */
export type FundType = 'village' | 'urban' | 'military';

/** Rounds of government capital with a fixed amount per fund. */
export type FixedCapitalRound = 'government-allocation' | 'rating-bonus' | 'phase-3';

/** The four rounds of government capital in item 3 of the village and urban community fund form (000 L114–128). */
export type CapitalRound = FixedCapitalRound | 'phase-2';

export const CAPITAL_PER_FUND: Readonly<Record<FixedCapitalRound, Dec>> = {
  // 000 L114: "ได้รับเงินจัดสรรเงินจากรัฐบาลกองทุนละ ๑ ล้านบาท"
  'government-allocation': new Dec(1_000_000),
  // 000 L120: "(กองทุนละ ๑ แสนบาท)"
  'rating-bonus': new Dec(100_000),
  // 000 L126: "เพิ่มทุนระยะที่ ๓ (กองทุนฯ ละ ๑ ล้านบาท)"
  'phase-3': new Dec(1_000_000),
};

export interface CapitalRoundInfo {
  readonly round: CapitalRound;
  readonly label: string;
  /** B.E. years, as the form prints them. */
  readonly years: string;
}

/** The rounds in the form's order. */
export const CAPITAL_ROUNDS: readonly CapitalRoundInfo[] = [
  // 000 L116: "(ระหว่างปี ๒๕๔๔ - ๒๕๔๕)"
  { round: 'government-allocation', label: 'เงินจัดสรรจากรัฐบาล กองทุนละ 1 ล้านบาท', years: '2544–2545' },
  // 000 L118: "ได้รับการประเมินศักยภาพและประสิทธิภาพการบริหารจัดการ ระดับ AAA หรือระดับดี"; L120: "(ระหว่างปี ๒๕๔๖-๒๕๔๗)"
  { round: 'rating-bonus', label: 'ผลประเมินระดับ AAA หรือระดับดี กองทุนละ 1 แสนบาท', years: '2546–2547' },
  // 000 L122–124: "ได้รับเงินเพิ่มทุนตามโครงการเพิ่มทุน ระยะที่ ๒ … (ระหว่างปี ๒๕๕๒ - ๒๕๕๓)": no fixed amount per fund
  { round: 'phase-2', label: 'เพิ่มทุนระยะที่ 2', years: '2552–2553' },
  // 000 L128: "(ระหว่างปี ๒๕๕๕ - ๒๕๖๐)"
  { round: 'phase-3', label: 'เพิ่มทุนระยะที่ 3 กองทุนละ 1 ล้านบาท', years: '2555–2560' },
];

/** Capital a fund received: a fixed-amount round, or phase 2 with the amount received. */
export type CapitalReceipt =
  | { readonly round: FixedCapitalRound }
  | { readonly round: 'phase-2'; readonly amount: DecimalInput };

export interface CommunityFund {
  readonly name: string;
  readonly type: FundType;
  /** 000 L110: "จัดทะเบียนเป็นนิติบุคคลได้" */
  readonly juristicPerson: boolean;
  readonly capital: readonly CapitalReceipt[];
  /** Account 2, members' truth savings under the fund's rules, in baht; null when the fund keeps none. */
  readonly savings: DecimalInput | null;
}

export interface RoundTotal extends CapitalRoundInfo {
  readonly funds: number;
  readonly amount: Dec;
}

export interface CommunityFundReport {
  /** 000 L104: "มีกองทุนหมู่บ้านและชุมชนเมือง ทั้งสิ้น จำนวน..... กองทุน" */
  readonly total: number;
  readonly byType: Readonly<Record<FundType, number>>;
  /** 000 L110: "จัดทะเบียนเป็นนิติบุคคลได้ จำนวน.....กองทุน คิดเป็นร้อยละ.....คงเหลือ.....กองทุน" */
  readonly juristicPersons: {
    readonly registered: number;
    readonly percent: PercentResult;
    readonly remaining: number;
  };
  readonly rounds: readonly RoundTotal[];
  /**
   * 000 L130: "คงเหลือ.....กองทุน..ได้แก่....." follows the phase-3 line; our reading: the funds without the phase-3 capital,
   * by name (the form then asks for a problem-solving approach).
   */
  readonly withoutPhase3: readonly string[];
  /** 000 L135: "รวมเงินทุนหมุนเวียนที่รัฐบาลจัดสรรให้ (บัญชี ๑) จำนวน.....ล้านบาท": all four rounds. */
  readonly account1: Dec;
  /** 000 L137–139: "มีเงินออม … (บัญชี ๒) จำนวน.....กองทุน วงเงิน.....ล้านบาท": funds with savings above 0. */
  readonly account2: { readonly funds: number; readonly amount: Dec };
}

function receiptAmount(receipt: CapitalReceipt, field: string): Dec {
  return receipt.round === 'phase-2' ? toMoney(receipt.amount, field) : CAPITAL_PER_FUND[receipt.round];
}

function roundTotal(info: CapitalRoundInfo, funds: readonly CommunityFund[]): RoundTotal {
  const { round } = info;
  const amounts = funds.flatMap((fund, index) =>
    fund.capital
      .filter((receipt) => receipt.round === round)
      .map((receipt) => receiptAmount(receipt, `funds[${index}].capital.${round}.amount`)),
  );
  return { ...info, funds: amounts.length, amount: sum(amounts) };
}

function checkOneReceiptPerRound(fund: CommunityFund, index: number): void {
  const rounds = fund.capital.map((receipt) => receipt.round);
  const repeated = CAPITAL_ROUNDS.find((info) => rounds.filter((round) => round === info.round).length > 1);
  if (repeated !== undefined) {
    throw new RegisterInputError(
      `funds[${index}].capital`,
      `กองทุน ${fund.name}: บันทึกเงินทุน "${repeated.label}" ซ้ำ (กองทุนหนึ่งได้รับแต่ละรอบครั้งเดียว)`,
    );
  }
}

/** The totals and percentages of the village and urban community fund follow-up form (000 L102–139). */
export function communityFundReport(funds: readonly CommunityFund[]): CommunityFundReport {
  funds.forEach(checkOneReceiptPerRound);
  const count = (type: FundType) => funds.filter((fund) => fund.type === type).length;
  const registered = funds.filter((fund) => fund.juristicPerson).length;
  const rounds = CAPITAL_ROUNDS.map((info) => roundTotal(info, funds));
  const savings = funds
    .map((fund, index) =>
      fund.savings === null ? new Dec(0) : toMoney(fund.savings, `funds[${index}].savings`),
    )
    .filter((amount) => amount.gt(0));
  return {
    total: funds.length,
    byType: { village: count('village'), urban: count('urban'), military: count('military') },
    juristicPersons: {
      registered,
      percent: percentOf(
        new Dec(registered),
        new Dec(funds.length),
        'ไม่มีกองทุนในอำเภอ จึงคำนวณร้อยละการจัดทะเบียนเป็นนิติบุคคลไม่ได้',
      ),
      remaining: funds.length - registered,
    },
    rounds,
    withoutPhase3: funds
      .filter((fund) => !fund.capital.some((receipt) => receipt.round === 'phase-3'))
      .map((fund) => fund.name),
    account1: sum(rounds.map((round) => round.amount)),
    account2: { funds: savings.length, amount: sum(savings) },
  };
}

/** The form writes amounts in million baht: 12,100,000 → "12.1", exact. */
export function inMillionBaht(amount: Dec): string {
  return amount.div(1_000_000).toFixed();
}
