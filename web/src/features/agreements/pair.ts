import type { Language } from '../../shared/i18n/language';
import type { UnitKind } from '../units/types';
import type { Agreement, AgreementPair } from './types';

/** The lower side of each pair (seed 001 §2.2: P1 DG↔PDO, P2 PDO↔DDO, P3 PDO↔work-group director). */
export const agentKindOf: Record<AgreementPair, UnitKind> = {
  dg_province: 'province',
  province_district: 'district',
  province_work_group: 'work_group',
};

type Sides = Pick<Agreement, 'pair' | 'principal' | 'agent'>;

/** The upper side's post: "อธิบดีกรมการพัฒนาชุมชน", "พัฒนาการจังหวัดยะลา". */
export function principalTitle(a: Sides, lang: Language = 'th'): string {
  if (a.pair === 'dg_province')
    return lang === 'th' ? 'อธิบดีกรมการพัฒนาชุมชน' : 'Director-General, Community Development Department';
  return lang === 'th' ? `พัฒนาการจังหวัด${a.principal.nameTh}` : `Provincial CD Officer, ${a.principal.nameTh}`;
}

/** The lower side's post: "พัฒนาการจังหวัดยะลา", "พัฒนาการอำเภอเมืองยะลา", "ผู้อำนวยการกลุ่มงาน…". */
export function agentTitle(a: Sides, lang: Language = 'th'): string {
  const name = a.agent.nameTh;
  switch (a.pair) {
    case 'dg_province':
      return lang === 'th' ? `พัฒนาการจังหวัด${name}` : `Provincial CD Officer, ${name}`;
    case 'province_district':
      return lang === 'th' ? `พัฒนาการอำเภอ${name}` : `District CD Officer, ${name}`;
    case 'province_work_group':
      return lang === 'th' ? `ผู้อำนวยการ${name}` : `Director, ${name}`;
  }
}

/** The agent's office as the follow-up form names it: "อำเภอเมืองยะลา", "จังหวัดยะลา", "กลุ่มงาน…". */
export function agentUnitName(a: Sides): string {
  switch (a.pair) {
    case 'dg_province':
      return `จังหวัด${a.agent.nameTh}`;
    case 'province_district':
      return `อำเภอ${a.agent.nameTh}`;
    case 'province_work_group':
      return a.agent.nameTh;
  }
}
