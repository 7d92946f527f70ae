import { describe, expect, it } from 'vitest';
import { houseCodeFitsUnit, provinceOfUnitCode } from './house-code.ts';

describe('house codes and provinces', () => {
  it('reads the province from unit codes at and below a province', () => {
    expect(['95', '9501', '950101', '95010101', '95-G1'].map(provinceOfUnitCode)).toEqual([
      '95',
      '95',
      '95',
      '95',
      '95',
    ]);
    expect(['CDD', 'CODI-N', 'GEO-S'].map(provinceOfUnitCode)).toEqual([null, null, null]);
  });

  it('accepts a house code of the unit’s own province only, any code above provinces', () => {
    expect(houseCodeFitsUnit('95010012345', '950101')).toBe(true);
    expect(houseCodeFitsUnit('95990012345', '9502')).toBe(true);
    expect(houseCodeFitsUnit('96010012345', '950101')).toBe(false);
    expect(houseCodeFitsUnit('24010012345', '9501')).toBe(false);
    expect(houseCodeFitsUnit('24010012345', 'CDD')).toBe(true);
  });
});
