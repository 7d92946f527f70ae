import { describe, expect, it } from 'vitest';
import { lineGroupRows, shortGroupId } from './line-groups';

const group = `C${'0123456789abcdef'.repeat(2)}`;

describe('the LINE groups page rows', () => {
  it('shortens a group id to its first 5 and last 4 characters', () => {
    expect(shortGroupId(group)).toBe('C0123…cdef');
    expect(shortGroupId('C1234')).toBe('C1234');
  });

  it('lists the province then its districts, each with its group or none at version 0', () => {
    const province = { code: '95', kind: 'province' as const, nameTh: 'ยะลา', nameEn: 'Yala' };
    const children = [
      { code: '9501', kind: 'district' as const, nameTh: 'เมืองยะลา', nameEn: null },
      { code: '95-G1', kind: 'work_group' as const, nameTh: 'กลุ่มงานยุทธศาสตร์', nameEn: null },
      { code: '9502', kind: 'district' as const, nameTh: 'เบตง', nameEn: null },
    ];
    const rows = lineGroupRows(province, children, [
      { unitCode: '9502', unitNameTh: 'เบตง', groupId: group, rowVersion: 3 },
    ]);
    expect(rows.map((r) => [r.code, r.groupId, r.rowVersion])).toEqual([
      ['95', null, 0],
      ['9501', null, 0],
      ['9502', group, 3],
    ]);
  });
});
