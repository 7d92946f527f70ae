import { type IsoDate, isIsoDate } from '../calendar/iso-date.ts';
import { Dec, type DecimalInput, parseDecimal } from '../scoring/decimal.ts';
import { RegisterInputError } from './errors.ts';

/** Baht and satang: not negative, at most 2 decimals ("10536677.51", 40000, "๔๘๙๒๐๔.๘๗"). */
export function toMoney(input: DecimalInput, field: string): Dec {
  const value = parseDecimal(input);
  if (value === null || value.isNegative() || value.decimalPlaces() > 2) {
    throw new RegisterInputError(
      field,
      `${field} ต้องเป็นจำนวนเงินบาทไม่ติดลบ ทศนิยมไม่เกิน 2 ตำแหน่ง เช่น "10536677.51" (ได้รับ ${JSON.stringify(input)})`,
    );
  }
  return value;
}

/** An income per person per year in baht: not negative, any number of decimals (it is an average). */
export function toIncome(input: DecimalInput, field: string): Dec {
  const value = parseDecimal(input);
  if (value === null || value.isNegative()) {
    throw new RegisterInputError(field, `${field} ต้องเป็นรายได้ (บาท) ไม่ติดลบ (ได้รับ ${JSON.stringify(input)})`);
  }
  return value;
}

/** A percentage between 0 and 100, any number of decimals. */
export function toPercentInput(input: DecimalInput, field: string): Dec {
  const value = parseDecimal(input);
  if (value === null || value.isNegative() || value.gt(100)) {
    throw new RegisterInputError(field, `${field} ต้องเป็นร้อยละตั้งแต่ 0 ถึง 100 (ได้รับ ${JSON.stringify(input)})`);
  }
  return value;
}

/** A whole count of households, persons, funds or photos, not negative. */
export function toCount(input: number, field: string): number {
  if (!Number.isSafeInteger(input) || input < 0) {
    throw new RegisterInputError(field, `${field} ต้องเป็นจำนวนเต็มไม่ติดลบ (ได้รับ ${JSON.stringify(input)})`);
  }
  return input;
}

export function toDate(input: IsoDate, field: string): IsoDate {
  if (!isIsoDate(input)) {
    throw new RegisterInputError(
      field,
      `${field} ต้องเป็นวันที่แบบ ค.ศ. 'YYYY-MM-DD' เช่น '2025-08-29' (ได้รับ ${JSON.stringify(input)})`,
    );
  }
  return input;
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce((total, value) => total.plus(value), new Dec(0));
}
