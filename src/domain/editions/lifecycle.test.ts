import { describe, expect, it } from 'vitest';
import {
  type EditionVersion,
  editionHistory,
  isAmendable,
  isEditionWriter,
  lockedMessage,
} from './lifecycle.ts';

const at = (iso: string) => new Date(iso);
const v1: EditionVersion = {
  id: 7,
  version: 1,
  status: 'finished',
  updated_at: at('2023-07-20T03:00:00.000Z'),
  finished_at: at('2023-07-20T03:00:00.000Z'),
};
const v2: EditionVersion = {
  id: 9,
  version: 2,
  status: 'draft',
  updated_at: at('2023-07-21T04:30:00.000Z'),
  finished_at: null,
};

describe('the edition lifecycle', () => {
  it('lets the province office and the department write, not districts or viewers', () => {
    expect(['department_admin', 'province_admin', 'province_staff'].every(isEditionWriter)).toBe(true);
    expect(['district_officer', 'viewer'].some(isEditionWriter)).toBe(false);
  });

  it('amends only the latest version, once finished', () => {
    expect(isAmendable(v1, [v1])).toBe(true);
    expect(isAmendable(v1, [v1, v2])).toBe(false);
    expect(isAmendable(v2, [v1, v2])).toBe(false);
  });

  it('lists the versions oldest first with what a writer may do with the one shown', () => {
    expect(editionHistory(v2, [v1, v2], true)).toEqual({
      versions: [
        {
          id: 7,
          version: 1,
          status: 'finished',
          updatedAt: '2023-07-20T03:00:00.000Z',
          finishedAt: '2023-07-20T03:00:00.000Z',
        },
        { id: 9, version: 2, status: 'draft', updatedAt: '2023-07-21T04:30:00.000Z', finishedAt: null },
      ],
      canEdit: true,
      canAmend: false,
    });
    expect(editionHistory(v1, [v1], true)).toMatchObject({ canEdit: false, canAmend: true });
    expect(editionHistory(v1, [v1], false)).toMatchObject({ canEdit: false, canAmend: false });
  });

  it('names the document that is locked', () => {
    expect(lockedMessage('รายงานการประชุม')).toBe('รายงานการประชุมนี้จบแล้ว แก้ไขไม่ได้ ให้สร้างฉบับแก้ไขแทน');
  });
});
