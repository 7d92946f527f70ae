import { trimDecimal } from '../../shared/i18n/number';
import { fromThaiDigits } from '../../shared/i18n/thai-digits';
import type { Kpi, KpiKind } from '../kpis/types';
import type { AgreementBody, AgreementItem, AgreementItemInput } from './types';

/** One KPI of an agreement as edited: the weight stays text; targets and project criteria as JSON. */
export type BuilderItem = {
  kpiId: number;
  section: KpiKind;
  weight: string;
  selected: boolean;
  targetsJson: string;
  unitCriteriaJson: string;
};

const json = (value: unknown) =>
  value === null || value === undefined ? '' : JSON.stringify(value, null, 2);

export function newBuilderItem(kpi: Kpi): BuilderItem {
  return {
    kpiId: kpi.id,
    section: kpi.kind,
    weight: kpi.weight ?? '',
    selected: kpi.kind !== 'optional',
    targetsJson: '',
    unitCriteriaJson: '',
  };
}

export function builderItemOf(item: AgreementItem): BuilderItem {
  return {
    kpiId: item.kpiId,
    section: item.section,
    weight: trimDecimal(item.weight),
    selected: item.selected,
    targetsJson: json(item.targets),
    unitCriteriaJson: json(item.unitCriteria),
  };
}

export type BuilderProblem = { index: number; field: 'targets' | 'unitCriteria'; message: string };

function parse(text: string): { value: unknown } | { error: string } {
  if (text.trim() === '') return { value: null };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The body of POST/PUT /agreements, or the first JSON field that does not parse. */
export function agreementBodyOf(
  items: BuilderItem[],
  optionalRequired: number,
): { body: AgreementBody } | { problem: BuilderProblem } {
  const inputs: AgreementItemInput[] = [];
  for (const [index, item] of items.entries()) {
    const targets = parse(item.targetsJson);
    if ('error' in targets) return { problem: { index, field: 'targets', message: targets.error } };
    const unitCriteria = parse(item.unitCriteriaJson);
    if ('error' in unitCriteria)
      return { problem: { index, field: 'unitCriteria', message: unitCriteria.error } };
    inputs.push({
      kpiId: item.kpiId,
      section: item.section,
      weight: fromThaiDigits(item.weight.trim()),
      selected: item.section === 'optional' ? item.selected : true,
      targets: targets.value as Record<string, unknown> | null,
      unitCriteria: unitCriteria.value,
    });
  }
  const hasOptional = items.some((item) => item.section === 'optional');
  return { body: { optionalRequired: hasOptional ? optionalRequired : 0, items: inputs } };
}
