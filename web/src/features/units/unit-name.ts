import type { Language } from '../../shared/i18n/language';
import type { Unit } from './types';

/** The village number is the last two digits of its 8-digit code: '95010103' → 3. */
function villageNumber(code: string): number {
  return Number(code.slice(-2));
}

/** "บ้าน" is added unless the name already starts with it (or with "หมู่บ้าน"). */
function villagePrefix(nameTh: string): string {
  return nameTh.startsWith('บ้าน') || nameTh.startsWith('หมู่บ้าน') ? nameTh : `บ้าน${nameTh}`;
}

/** A unit's name in the UI language; villages read "หมู่ที่ 3 บ้านสะเตง" / "Village No. 3 Ban Sateng". */
export function unitName(unit: Pick<Unit, 'code' | 'kind' | 'nameTh' | 'nameEn'>, lang: Language): string {
  if (unit.kind === 'village') {
    const number = villageNumber(unit.code);
    if (lang === 'en') return `Village No. ${number} ${unit.nameEn ?? unit.nameTh}`;
    return `หมู่ที่ ${number} ${villagePrefix(unit.nameTh)}`;
  }
  return lang === 'en' ? (unit.nameEn ?? unit.nameTh) : unit.nameTh;
}
