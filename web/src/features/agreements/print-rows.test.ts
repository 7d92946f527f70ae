import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/language';
import { totalRule } from './print-rows';

const th = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) =>
  translate(key, 'th', params);

describe('totalRule', () => {
  it('states how the two lists make the total, with this agreement’s numbers', () => {
    const lines = totalRule(
      {
        score: '1.4500',
        sections: [
          { id: 'team', weightSum: '100', score: '0.5000' },
          { id: 'individual', weightSum: '100', score: '2.4000' },
        ],
      },
      th,
    );
    expect(lines).toEqual([
      'คะแนนถ่วงน้ำหนักของแต่ละตัวชี้วัด = น้ำหนัก × คะแนน ÷ น้ำหนักรวมของกลุ่ม (ทศนิยม 4 ตำแหน่ง) และคะแนนของกลุ่ม = ผลรวมคะแนนถ่วงน้ำหนักของตัวชี้วัดในกลุ่ม',
      'คะแนนรวม = (คะแนนตัวชี้วัดรายทีม + คะแนนตัวชี้วัดรายบุคคล) ÷ 2 = (0.5000 + 2.4000) ÷ 2 = 1.4500',
    ]);
  });

  it('says the total is the one list’s score when the agreement has one list, and only the row rule before any weight', () => {
    const [, one] = totalRule(
      { score: '3.1000', sections: [{ id: 'individual', weightSum: '100', score: '3.1000' }] },
      th,
    );
    expect(one).toBe('คะแนนรวม = คะแนนตัวชี้วัดรายบุคคล = 3.1000');
    expect(totalRule(null, th)).toHaveLength(1);
  });
});
