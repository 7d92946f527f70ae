import { describe, expect, it } from 'vitest';
import { withComputed } from './preview-values';
import type { FormDefinition } from './types';

const definition: FormDefinition = {
  titleTh: 'แบบประเมินตนเอง',
  subject: 'subdistrict',
  sections: [
    {
      titleTh: 'คะแนน',
      fields: [
        { key: 'd1', labelTh: 'มิติที่ 1', required: true, kind: 'number', decimals: 0 },
        {
          key: 'total',
          labelTh: 'รวม',
          required: false,
          kind: 'computed',
          expression: 'd1 * 2',
          decimals: 0,
        },
        {
          key: 'rows',
          labelTh: 'เพิ่มทุน',
          required: false,
          kind: 'table',
          minRows: 0,
          maxRows: 5,
          columns: [
            { key: 'amount', labelTh: 'จำนวนเงิน', required: false, kind: 'number', decimals: 2 },
            {
              key: 'half',
              labelTh: 'ครึ่งหนึ่ง',
              required: false,
              kind: 'computed',
              expression: 'amount / 2',
              decimals: 2,
            },
          ],
        },
      ],
    },
  ],
};

describe('withComputed', () => {
  it('keeps typed values as typed and takes computed fields and columns from the server', () => {
    const typed = { d1: '๑,๐๐๐', total: '1', rows: [{ amount: '10', half: '99' }, { amount: '' }] };
    const checked = {
      d1: '1000',
      total: '2000',
      rows: [
        { amount: '10', half: '5.00' },
        { amount: null, half: null },
      ],
    };
    expect(withComputed(definition, typed, checked)).toEqual({
      d1: '๑,๐๐๐',
      total: '2000',
      rows: [
        { amount: '10', half: '5.00' },
        { amount: '', half: null },
      ],
    });
  });

  it('shows the typed values alone before the server has answered', () => {
    const typed = { d1: '5' };
    expect(withComputed(definition, typed, undefined)).toBe(typed);
  });
});
