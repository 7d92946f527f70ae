import { describe, expect, it } from 'vitest';
import { builtinForms } from '../../../../src/domain/forms/builtin.ts';
import type { FormDefinition } from './components/form-renderer/types';
import { liveCheck } from './live-check';

const form = (code: string): FormDefinition => {
  const found = builtinForms.find((f) => f.code === code);
  if (!found) throw new Error(code);
  return found.definition;
};

describe('the phone’s own check of a follow-up draft', () => {
  it('computes seed 000’s juristic-person percent and what remains, keeping the figures as typed', () => {
    const { shown, problems } = liveCheck(form('fund-follow-up'), { fund_total: '๑๒', juristic_funds: '9' });
    expect(problems).toEqual([]);
    expect(shown.fund_total).toBe('๑๒');
    expect(shown.juristic_percent).toBe('75');
    expect(shown.juristic_remaining).toBe('3');
  });

  it('names a number out of range under its field, and leaves a computed field empty until its inputs are there', () => {
    const { shown, problems } = liveCheck(form('fund-follow-up'), { fund_total: '-5' });
    expect(problems).toEqual([{ path: 'fund_total', messageTh: expect.stringContaining('ต้องไม่น้อยกว่า 0') }]);
    expect(shown.juristic_percent).toBeNull();
  });

  it('does not ask for the signers while drafting: that is for finishing', () => {
    expect(liveCheck(form('strong-subdistrict'), { plan: 'แผน' }).problems).toEqual([]);
  });
});
