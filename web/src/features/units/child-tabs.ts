import type { MessageKey } from '../../shared/i18n/dictionary';
import { regionSystemOf, regionSystems } from './region-systems';
import type { Unit, UnitKind } from './types';

export type ChildTab = { key: string; label: MessageKey; units: Unit[]; regions: boolean };

const kindOrder: UnitKind[] = [
  'province',
  'region',
  'district',
  'subdistrict',
  'village',
  'work_group',
  'department',
];

function regionTabs(regions: Unit[]): ChildTab[] {
  const tabs = regionSystems.map(({ prefix, key, label }) => ({
    key,
    label,
    units: regions.filter((region) => region.code.startsWith(prefix)),
    regions: true,
  }));
  const other = regions.filter((region) => !regionSystemOf(region.code));
  return [...tabs, { key: 'region', label: 'kind.region', units: other, regions: true }];
}

/** Sub-units split into tabs: one per kind, regions one per region system. */
export function childTabs(children: Unit[]): ChildTab[] {
  return kindOrder
    .flatMap((kind): ChildTab[] => {
      const units = children.filter((unit) => unit.kind === kind);
      if (kind === 'region') return regionTabs(units);
      return [{ key: kind, label: `kind.${kind}`, units, regions: false }];
    })
    .filter((tab) => tab.units.length > 0);
}
