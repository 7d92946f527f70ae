/**
 * A DOPA house code (รหัสประจำบ้าน) has 11 digits; the first four name the registration office (สำนักทะเบียน)
 * and the first two of those are its province's code, as the codes of sub-districts and villages begin with
 * it too (9501 Mueang Yala → 95…). So a house in a Yala village has a code beginning 95.
 *
 * Tidtam holds every house code once, country-wide. Asking "is this code taken?" must not tell one province
 * what another province's register holds, so a household is only accepted with a code of its own province:
 * a code of another province is refused for that reason alone, whether or not it is registered anywhere, and
 * the "already in the register" answer can only ever name a household of the same province.
 */
export function provinceOfHouseCode(houseCode: string): string {
  return houseCode.slice(0, 2);
}

/** The province code a unit's code begins with (95, 9501, 950101, 95-G1); null above provinces (CDD, regions). */
export function provinceOfUnitCode(unitCode: string): string | null {
  const match = /^(\d{2})(?:\d*|-.*)$/.exec(unitCode);
  return match?.[1] ?? null;
}

/** True when the house code may be registered by, or under, the unit: same province, or a unit above provinces. */
export function houseCodeFitsUnit(houseCode: string, unitCode: string): boolean {
  const province = provinceOfUnitCode(unitCode);
  return province === null || provinceOfHouseCode(houseCode) === province;
}

export const houseCodeProvinceMessage = (houseCode: string, unitCode: string) =>
  `รหัสบ้าน ${houseCode} ไม่ใช่รหัสบ้านของจังหวัดนี้: รหัสประจำบ้านต้องขึ้นต้นด้วยรหัสจังหวัด ${provinceOfUnitCode(unitCode) ?? ''} ` +
  'ตามทะเบียนราษฎร (2 หลักแรก)';
