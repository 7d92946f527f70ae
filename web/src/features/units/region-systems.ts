import type { MessageKey } from '../../shared/i18n/dictionary';

export type RegionSystem = { prefix: string; key: string; label: MessageKey; shortLabel: MessageKey };

/** The two region systems are told apart by the code prefix the server gives them (CODI-S, GEO-S). */
export const regionSystems: RegionSystem[] = [
  { prefix: 'CODI-', key: 'region-codi', label: 'units.regionsCodi', shortLabel: 'units.regionsCodiShort' },
  { prefix: 'GEO-', key: 'region-geo', label: 'units.regionsGeo', shortLabel: 'units.regionsGeoShort' },
];

export function regionSystemOf(code: string): RegionSystem | undefined {
  return regionSystems.find((system) => code.startsWith(system.prefix));
}
