import { Dec, type DecimalString } from './decimal.ts';

export type Direction = 'higher' | 'lower';

/** A rule a criteria object breaks: where (relative to the criteria object) and why, in Thai. */
export interface Problem {
  readonly path: readonly (string | number)[];
  readonly reason: string;
}

export interface BandBounds<T> {
  readonly min: T | null;
  readonly max: T | null;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

const HEADINGS: Record<Direction, { strict: string; loose: string }> = {
  higher: { strict: 'ต้องเพิ่มขึ้นตามระดับ', loose: 'ต้องไม่ลดลงตามระดับ' },
  lower: { strict: 'ต้องลดลงตามระดับ', loose: 'ต้องไม่เพิ่มขึ้นตามระดับ' },
};

/**
 * Each level's threshold must be harder than the one below: strictly for a threshold KPI
 * (001 L156–160: "ไม่น้อยกว่าร้อยละ ๘๐" … "ร้อยละ ๑๐๐"; 001 L416–420: "ไม่เกิน ร้อยละ ๑๔" … "ไม่เกิน ร้อยละ ๑๐"),
 * or never easier for one measure of a composite, which may repeat a value
 * (001 L289–290: "ไม่น้อยกว่า ๑ ช่องทาง" at both level 1 and level 2). A null level-1 threshold is skipped.
 */
export function thresholdOrderProblems(
  thresholds: readonly (DecimalString | null)[],
  direction: Direction,
  strict: boolean,
  path: readonly (string | number)[],
): Problem[] {
  const problems: Problem[] = [];
  thresholds.forEach((current, index) => {
    const previous = thresholds[index - 1];
    if (index === 0 || current === null || previous === undefined || previous === null) return;
    const step = new Dec(current).comparedTo(previous) * (direction === 'higher' ? 1 : -1);
    if (step > 0 || (step === 0 && !strict)) return;
    const word = direction === 'higher' ? (strict ? 'มากกว่า' : 'ไม่น้อยกว่า') : strict ? 'น้อยกว่า' : 'ไม่มากกว่า';
    problems.push({
      path,
      reason: `${HEADINGS[direction][strict ? 'strict' : 'loose']}: ระดับ ${index + 1} (${current}) ต้อง${word}ระดับ ${index} (${previous})`,
    });
  });
  return problems;
}

function isEmpty(band: BandBounds<Dec>): boolean {
  if (band.min === null || band.max === null) return false;
  const order = band.min.comparedTo(band.max);
  return order > 0 || (order === 0 && !(band.minInclusive && band.maxInclusive));
}

/** True when `upper` lies wholly above `lower`, touching at most at a point one of them leaves out. */
function isWhollyAbove(upper: BandBounds<Dec>, lower: BandBounds<Dec>): boolean {
  if (upper.min === null || lower.max === null) return false;
  const order = upper.min.comparedTo(lower.max);
  return order > 0 || (order === 0 && !(upper.minInclusive && lower.maxInclusive));
}

/**
 * Bands must be real ranges, one above the other in the KPI's direction, never overlapping.
 * 001 L371–372: "ระหว่างร้อยละ ๖๐ – ๖๙ (๑๘ – ๒๐ คน)" then "ระหว่างร้อยละ ๗๐ – ๗๙ (๒๑ – ๒๓ คน)".
 */
export function bandOrderProblems(bands: readonly BandBounds<Dec>[], direction: Direction): Problem[] {
  const problems: Problem[] = [];
  bands.forEach((band, index) => {
    if (isEmpty(band)) {
      problems.push({
        path: ['bands', index],
        reason: `เป็นช่วงว่าง: ค่าต่ำสุดต้องน้อยกว่าค่าสูงสุด (หรือเท่ากันโดยรวมค่าทั้งสองข้าง)`,
      });
    }
    const previous = bands[index - 1];
    if (previous === undefined) return;
    const ordered = direction === 'higher' ? isWhollyAbove(band, previous) : isWhollyAbove(previous, band);
    if (!ordered) {
      problems.push({
        path: ['bands'],
        reason: `ระดับ ${index + 1} ต้องอยู่${direction === 'higher' ? 'สูง' : 'ต่ำ'}กว่าระดับ ${index} ทั้งช่วงและไม่ซ้อนทับกัน`,
      });
    }
  });
  return problems;
}

export function duplicateProblems(ids: readonly string[], path: readonly (string | number)[]): Problem[] {
  const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
  return duplicates.length === 0 ? [] : [{ path, reason: `มีรหัสซ้ำ: ${[...new Set(duplicates)].join(', ')}` }];
}

/**
 * A composite level must ask for more than the level below in at least one measure;
 * 003 L359–361 repeat level 4 word for word as level 5: "จำนวน ๑๖ ครั้ง … ไม่น้อยกว่า ๓ ช่องทาง".
 */
export function repeatedLevelProblems(
  measures: readonly { readonly thresholds: readonly (DecimalString | null)[] }[],
): Problem[] {
  const problems: Problem[] = [];
  for (let level = 2; level <= 5; level += 1) {
    const same = measures.every(({ thresholds }) => {
      const previous = thresholds[level - 2] ?? null;
      const current = thresholds[level - 1] ?? null;
      return previous === null || current === null ? previous === current : new Dec(previous).equals(current);
    });
    if (same)
      problems.push({ path: ['measures'], reason: `ระดับ ${level} มีเงื่อนไขเหมือนระดับ ${level - 1} ทุกข้อ` });
  }
  return problems;
}
