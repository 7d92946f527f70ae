import { fromThaiDigits } from '../../shared/i18n/thai-digits';
import type { KpiKind } from '../kpis/types';

const SCALE = 10_000;

/** A weight as typed ("15", "12.5", "๑๕") in ten-thousandths, or null when it is not a number. */
export function parseWeight(text: string): number | null {
  const clean = fromThaiDigits(text.trim());
  if (!/^\d{1,3}(\.\d{1,4})?$/.test(clean)) return null;
  return Math.round(Number(clean) * SCALE);
}

function formatScaled(scaled: number): string {
  const whole = Math.trunc(scaled / SCALE);
  const fraction = String(scaled % SCALE)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
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
 * individual together with the optional KPIs chosen. Lists with no item are left out, as on the server.
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
      const scaled = weights.reduce<number>((total, weight) => total + (weight ?? 0), 0);
      return {
        group,
        sum: formatScaled(scaled),
        complete: valid,
        is100: valid && scaled === 100 * SCALE,
        count: listed.length,
      };
    });
}
