import type { CapitalReceipt, CommunityFund, FundChanges, FundType } from './types';
import { fixedRounds } from './types';

/** The fund form as typed: the fixed rounds ticked, phase 2 with its amount, savings as text. */
export type FundFields = {
  name: string;
  type: FundType;
  juristicPerson: boolean;
  rounds: string[];
  phase2: boolean;
  phase2Amount: string;
  savings: string;
};

export const emptyFields: FundFields = {
  name: '',
  type: 'village',
  juristicPerson: false,
  rounds: [],
  phase2: false,
  phase2Amount: '',
  savings: '',
};

/** The form filled with a stored fund, to change it. */
export function fieldsOf(f: CommunityFund): FundFields {
  const phase2 = f.capital.find((c) => c.round === 'phase-2');
  return {
    name: f.name,
    type: f.type,
    juristicPerson: f.juristicPerson,
    rounds: f.capital.filter((c) => c.round !== 'phase-2').map((c) => c.round),
    phase2: phase2 !== undefined,
    phase2Amount: phase2?.round === 'phase-2' ? phase2.amount : '',
    savings: f.savings ?? '',
  };
}

/** The fund as POST/PATCH take it: receipts in the rounds' order (phase 2 before phase 3), text trimmed, no savings as null. */
export function fundChangesOf(fields: FundFields): FundChanges {
  const capital: CapitalReceipt[] = [];
  for (const round of fixedRounds) {
    if (round === 'phase-3' && fields.phase2)
      capital.push({ round: 'phase-2', amount: fields.phase2Amount.trim() });
    if (fields.rounds.includes(round)) capital.push({ round });
  }
  const savings = fields.savings.trim();
  return {
    name: fields.name.trim(),
    type: fields.type,
    juristicPerson: fields.juristicPerson,
    capital,
    savings: savings === '' ? null : savings,
  };
}
