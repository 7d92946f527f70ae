import { describe, expect, it } from 'vitest';
import { csvCell, unneutralisedCell } from './csv-cell.ts';

describe('CSV cells against formula injection (OWASP)', () => {
  it('puts a quote before a text cell that starts with = + - @ tab or CR, and takes it off on import', () => {
    for (const text of ['=1+1', '+66 81', '-2', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(text)).toBe(`'${text}`);
      expect(unneutralisedCell(csvCell(text))).toBe(text);
    }
  });

  it('leaves other cells alone, a quote typed by a person included', () => {
    for (const text of ['บ้านเลขที่ 1', '2025-08-29', "'ข้อความ", '', 'a=b']) {
      expect(csvCell(text)).toBe(text);
      expect(unneutralisedCell(text)).toBe(text);
    }
  });
});
