import { describe, expect, it } from 'vitest';
import { emptyFields, fieldsOf, fundChangesOf } from './fund-fields';
import type { CommunityFund } from './types';

const fund: CommunityFund = {
  id: 7,
  unit: { code: '9501', nameTh: 'อำเภอเมืองยะลา' },
  name: 'กองทุนชุมชนเมืองสอง',
  type: 'urban',
  juristicPerson: true,
  capital: [{ round: 'government-allocation' }, { round: 'phase-2', amount: '500000' }, { round: 'phase-3' }],
  savings: '250000',
  rowVersion: 1,
};

describe('the community fund form', () => {
  it('reads a stored fund and gives it back unchanged', () => {
    const fields = fieldsOf(fund);
    expect(fields).toMatchObject({
      rounds: ['government-allocation', 'phase-3'],
      phase2: true,
      phase2Amount: '500000',
    });
    expect(fundChangesOf(fields)).toEqual({
      name: fund.name,
      type: 'urban',
      juristicPerson: true,
      capital: fund.capital,
      savings: '250000',
    });
  });

  it('orders the receipts by round whatever the order ticked, trims the text and sends no savings as null', () => {
    expect(
      fundChangesOf({
        ...emptyFields,
        name: '  กองทุนหมู่บ้านบ้านหนึ่ง ',
        rounds: ['phase-3', 'rating-bonus', 'government-allocation'],
        phase2: true,
        phase2Amount: ' 1,000 ',
        savings: '  ',
      }),
    ).toEqual({
      name: 'กองทุนหมู่บ้านบ้านหนึ่ง',
      type: 'village',
      juristicPerson: false,
      capital: [
        { round: 'government-allocation' },
        { round: 'rating-bonus' },
        { round: 'phase-2', amount: '1,000' },
        { round: 'phase-3' },
      ],
      savings: null,
    });
  });
});
