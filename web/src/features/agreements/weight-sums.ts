import Decimal from 'decimal.js';
import { sumDecimals } from '../../shared/i18n/number';
import { fromThaiDigits } from '../../shared/i18n/thai-digits';
import type { KpiKind } from '../kpis/types';

/** A weight as typed ("15", "12.5", "๑๕") in plain digits, or null when it is not a number of up to 4 decimals. */
export function parseWeight(text: string): string | null {
  const clean = fromThaiDigits(text.trim());
  return /^\d{1,3}(\.\d{1,4})?$/.test(clean) ? clean : null;
}

export type WeightedRow = { section: KpiKind; weight: string; selected: boolean };

export type WeightSum = {
  group: 'team' | 'individual';
  /** "110": weights that are blank or not a number count as 0 (and the form marks them). */
  sum: string;
  /** Whether every weight in the list is a number. */
  complete: boolean;
  is100: boolean;
  count: number;
};

/**
 * The two weight lists the server checks before signing (src/domain/agreements/agreement-score.ts): team, and
 * individual together with the optional KPIs chosen. Lists with no item are left out, as on the server. Sums are
 * exact decimals (33.3 + 33.3 + 33.4 is 100, never 100.00000000000001).
 */
export function weightSums(rows: WeightedRow[]): WeightSum[] {
  const groups: { group: WeightSum['group']; rows: WeightedRow[] }[] = [
    { group: 'team', rows: rows.filter((row) => row.section === 'team') },
    {
      group: 'individual',
      rows: rows.filter(
        (row) => row.section === 'individual' || (row.section === 'optional' && row.selected),
      ),
    },
  ];
  return groups
    .filter(({ rows: listed }) => listed.length > 0)
    .map(({ group, rows: listed }) => {
      const weights = listed.map((row) => parseWeight(row.weight));
      const valid = weights.every((weight) => weight !== null);
      const sum = sumDecimals(weights.map((weight) => weight ?? '0'));
      return {
        group,
        sum,
        complete: valid,
        is100: valid && new Decimal(sum).equals(100),
        count: listed.length,
      };
    });
}
