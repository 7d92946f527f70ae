import type { MessageKey } from '../../shared/i18n/dictionary';
import { type Kpi, type KpiKind, kpiKinds } from './types';

export const kpiKindLabel: Record<KpiKind, MessageKey> = {
  team: 'kpiKind.team',
  individual: 'kpiKind.individual',
  optional: 'kpiKind.optional',
};

/** Cards grouped ตัวชี้วัดรายทีม / รายบุคคล / ทางเลือก, each group in the set's order; empty groups left out. */
export function kpisByKind(kpis: Kpi[]): { kind: KpiKind; kpis: Kpi[] }[] {
  return kpiKinds
    .map((kind) => ({ kind, kpis: kpis.filter((kpi) => kpi.kind === kind) }))
    .filter((group) => group.kpis.length > 0);
}
