import type { Language } from '../../shared/i18n/language';
import type { Band, CalculatorAnswer, Criteria, Direction, NextLevel, Step } from './types';

/** ≥ / > when higher is better, ≤ / < when lower is better. */
export function comparisonSymbol(direction: Direction, inclusive: boolean): string {
  if (direction === 'higher') return inclusive ? '≥' : '>';
  return inclusive ? '≤' : '<';
}

// The seeds' own words: "ไม่น้อยกว่า", "มากกว่า", "ไม่เกิน", "ต่ำกว่า" (src/domain/scoring/bound.ts).
const comparisonWords: Record<Language, Record<string, string>> = {
  th: { '≥': 'ไม่น้อยกว่า', '>': 'มากกว่า', '≤': 'ไม่เกิน', '<': 'ต่ำกว่า' },
  en: { '≥': 'at least', '>': 'more than', '≤': 'at most', '<': 'less than' },
};

const anyValue: Record<Language, string> = { th: 'ทุกค่า', en: 'any value' };
const byProject: Record<Language, string> = {
  th: 'ตามโครงการที่เสนอผ่านอำเภอ/จังหวัด',
  en: 'as set by the project proposed through the district/province',
};
const and: Record<Language, string> = { th: ' และ ', en: ' and ' };

function bandText(band: Band, lang: Language, name: (end: string) => string = (end) => end): string {
  const minInclusive = band.minInclusive ?? true;
  const maxInclusive = band.maxInclusive ?? true;
  if (band.min !== null && band.max !== null && minInclusive && maxInclusive) {
    return band.min === band.max ? `= ${name(band.min)}` : `${name(band.min)} – ${name(band.max)}`;
  }
  const parts = [
    band.min === null ? null : `${minInclusive ? '≥' : '>'} ${name(band.min)}`,
    band.max === null ? null : `${maxInclusive ? '≤' : '<'} ${name(band.max)}`,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? anyValue[lang] : parts.join(and[lang]);
}

function stepsText(steps: Step[]): string {
  return steps.map((step) => step.label).join('; ');
}

/** Each level's criterion in words and symbols, level 1 first: ["≥ 80", "≥ 85", …]. */
export function criteriaLevelTexts(criteria: Criteria, lang: Language): string[] {
  switch (criteria.type) {
    case 'threshold': {
      const symbol = comparisonSymbol(criteria.direction, criteria.inclusive);
      return criteria.thresholds.map((value) => (value === null ? anyValue[lang] : `${symbol} ${value}`));
    }
    case 'bands':
      return criteria.bands.map((band) => bandText(band, lang));
    case 'tiers': {
      const label = (id: string) => criteria.tiers.find((tier) => tier.id === id)?.label ?? id;
      return criteria.bands.map((band) => bandText(band, lang, label));
    }
    case 'milestones':
      return criteria.levels.map(stepsText);
    case 'composite':
      return [0, 1, 2, 3, 4].map((index) =>
        criteria.measures
          .map((measure) => {
            const value = measure.thresholds[index];
            const symbol = comparisonSymbol(measure.direction, measure.inclusive);
            return `${measure.label} ${value === null || value === undefined ? anyValue[lang] : `${symbol} ${value}`}`;
          })
          .join(and[lang]),
      );
    case 'project-defined':
      return criteria.unitCriteria
        ? criteriaLevelTexts(criteria.unitCriteria, lang)
        : [0, 1, 2, 3, 4].map(() => byProject[lang]);
  }
}

/** The level label: "ระดับ 2" / "Level 2"; level 0 is "ไม่ผ่านเกณฑ์" / "Did not pass". */
export function levelLabel(level: number, lang: Language): string {
  if (level === 0) return lang === 'th' ? 'ไม่ผ่านเกณฑ์' : 'Did not pass';
  return lang === 'th' ? `ระดับ ${level}` : `Level ${level}`;
}

function reach(level: number, lang: Language): string {
  return lang === 'th' ? `จึงจะได้ระดับ ${level}` : `to reach level ${level}`;
}

/** What the next level needs, from an agreement item's evaluation: the server's Thai text, or English built from it. */
export function nextLevelText(next: NextLevel, lang: Language): string {
  if (lang === 'th') return next.text;
  switch (next.kind) {
    case 'value':
      return `Needs ${next.description} ${reach(next.level, lang)}`;
    case 'steps':
      return `Needs the steps ${next.steps.map((step) => step.label).join(', ')} ${reach(next.level, lang)}`;
    case 'conditions':
      return `Needs ${next.conditions
        .filter((condition) => !condition.met)
        .map((condition) => `${condition.label} ${condition.value} (now ${condition.current})`)
        .join(' and ')} ${reach(next.level, lang)}`;
  }
}

/** The calculator answers the next level as {level, value}; threshold criteria give the comparison. */
export function calculatorNextText(
  next: NonNullable<CalculatorAnswer['next']>,
  direction: Direction,
  inclusive: boolean,
  lang: Language,
): string {
  if (!('value' in next)) return reach(next.level, lang);
  const words = comparisonWords[lang][comparisonSymbol(direction, inclusive)];
  return lang === 'th'
    ? `ต้องได้${words} ${next.value} ${reach(next.level, lang)}`
    : `Needs ${words} ${next.value} ${reach(next.level, lang)}`;
}
