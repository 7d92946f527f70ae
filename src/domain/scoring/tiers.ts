import type { BandSet } from './bands.ts';
import type { TiersCriteria } from './criteria.ts';
import { canonical, type Dec, type DecimalInput, toDecimal } from './decimal.ts';
import { ScoringInputError } from './errors.ts';

/**
 * Turns tier criteria plus one unit's target amounts into bands. 000 L251 names the tiers but not the amounts:
 * "ยอดจำหน่ายผลิตภัณฑ์ชุมชน OTOP น้อยกว่าค่าเป้าหมายขั้นต่ำ … เท่ากับค่าเป้าหมายขั้นต่ำ … เท่ากับค่าเป้าหมายขั้นมาตรฐาน …
 * เท่ากับค่าเป้าหมายขั้นสูง", so each agreement supplies them. They must rise in the order the tiers are listed.
 */
export function tierBandSet(
  criteria: TiersCriteria,
  targets: Readonly<Record<string, DecimalInput>>,
): BandSet {
  const ids = criteria.tiers.map((tier) => tier.id);
  const extra = Object.keys(targets).filter((id) => !ids.includes(id));
  if (extra.length > 0) {
    throw new ScoringInputError('targets', `ค่าเป้าหมายมีขั้นที่เกณฑ์ไม่ได้กำหนด: ${extra.join(', ')}`);
  }
  const amounts = new Map<string, { amount: Dec; label: string }>();
  let previous: { amount: Dec; label: string } | undefined;
  for (const { id, label } of criteria.tiers) {
    const input = targets[id];
    if (input === undefined) throw new ScoringInputError(`targets.${id}`, `ต้องระบุ${label}`);
    const current = { amount: toDecimal(input, `targets.${id}`, label), label };
    if (previous !== undefined && !current.amount.gt(previous.amount)) {
      throw new ScoringInputError(
        `targets.${id}`,
        `${label} (${canonical(current.amount)}) ต้องมากกว่า ${previous.label} (${canonical(previous.amount)})`,
      );
    }
    amounts.set(id, current);
    previous = current;
  }
  const resolve = (id: string | null) => (id === null ? undefined : amounts.get(id));
  return {
    direction: criteria.direction,
    bands: criteria.bands.map((band) => {
      const min = resolve(band.min);
      const max = resolve(band.max);
      return {
        min: min?.amount ?? null,
        max: max?.amount ?? null,
        minInclusive: band.minInclusive,
        maxInclusive: band.maxInclusive,
        minLabel: min?.label,
        maxLabel: max?.label,
      };
    }),
  };
}
