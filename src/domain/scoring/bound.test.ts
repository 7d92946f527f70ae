import { describe, expect, it } from 'vitest';
import { type Bound, type Comparison, describeBoundEnglish, describeBoundThai, meets } from './bound.ts';
import { Dec } from './decimal.ts';

const bound = (comparison: Comparison, label?: string): Bound => ({ value: new Dec(20), comparison, label });

describe('bounds', () => {
  it('include the bound itself only when inclusive', () => {
    const at = (comparison: Comparison, value: string) => meets(new Dec(value), bound(comparison));
    expect([at('gte', '20'), at('gte', '19.99'), at('gt', '20'), at('gt', '20.01')]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect([at('lte', '20'), at('lte', '20.01'), at('lt', '20'), at('lt', '19.99')]).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('read in the seeds’ Thai words and in English', () => {
    expect((['gte', 'gt', 'lte', 'lt'] as const).map((c) => describeBoundThai(bound(c)))).toEqual([
      'ไม่น้อยกว่า 20',
      'มากกว่า 20',
      'ไม่เกิน 20',
      'ต่ำกว่า 20',
    ]);
    expect((['gte', 'gt', 'lte', 'lt'] as const).map((c) => describeBoundEnglish(bound(c)))).toEqual([
      'at least 20',
      'more than 20',
      'at most 20',
      'less than 20',
    ]);
    expect(describeBoundThai(bound('gte', 'ค่าเป้าหมายขั้นสูง'))).toBe('ไม่น้อยกว่า 20 (ค่าเป้าหมายขั้นสูง)');
  });
});
