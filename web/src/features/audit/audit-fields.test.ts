import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/language';
import { changedFields, codedValue, formatValue } from './audit-fields';

const t = (key: Parameters<typeof translate>[0]) => translate(key, 'th');

describe('audit change in words', () => {
  it('shows dates in B.E., yes/no in Thai, lists joined and a nested record with Thai field names', () => {
    expect(formatValue('2026-12-10', 'th', t)).toBe('10 ธันวาคม 2569');
    expect(formatValue('2026-12', 'th', t)).toBe('ธันวาคม 2569');
    expect(formatValue(true, 'th', t)).toBe('ใช่');
    expect(formatValue(null, 'th', t)).toBe('—');
    expect(formatValue(['a', 'b'], 'th', t)).toBe('a, b');
    expect(formatValue({ status: 'returned', reason: 'ตรวจใหม่' }, 'th', t)).toBe(
      'สถานะ: returned; เหตุผล: ตรวจใหม่',
    );
  });

  it('names a report’s status, a role and a unit kind, and leaves an unnamed code as it is', () => {
    const named = (entity: string, field: string, value: string) => {
      const key = codedValue(entity, field, value);
      return key ? t(key) : value;
    };
    expect(named('submission', 'status', 'returned')).toBe('ส่งกลับแก้ไข');
    expect(named('user', 'role', 'viewer')).toBe('ผู้ดูข้อมูล');
    expect(named('unit', 'kind', 'village')).toBe('หมู่บ้าน');
    expect(named('household', 'status', 'developable')).toBe('พัฒนาได้');
    expect(named('project', 'status', 'late')).toBe('late');
  });

  it('lists every field of both sides once and marks those that changed', () => {
    expect(
      changedFields({ status: 'submitted', note: 'x' }, { status: 'returned', note: 'x', reason: 'r' }),
    ).toEqual([
      { field: 'status', before: 'submitted', after: 'returned', changed: true },
      { field: 'note', before: 'x', after: 'x', changed: false },
      { field: 'reason', before: undefined, after: 'r', changed: true },
    ]);
    expect(changedFields(null, { username: 'a' })).toEqual([
      { field: 'username', before: undefined, after: 'a', changed: false },
    ]);
    expect(changedFields(null, 5)).toEqual([{ field: null, before: null, after: 5, changed: true }]);
  });
});
