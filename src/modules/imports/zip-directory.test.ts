import { describe, expect, it } from 'vitest';
import { directoryBounds, entrySizes } from './zip-directory.ts';

/** One central-directory entry as a zip writer lays it out, with an optional zip64 extra field. */
function entry(name: string, size: number, zip64Size?: bigint) {
  const extra = Buffer.alloc(zip64Size === undefined ? 0 : 12);
  if (zip64Size !== undefined) {
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(8, 2);
    extra.writeBigUInt64LE(zip64Size, 4);
  }
  const head = Buffer.alloc(46);
  head.writeUInt32LE(0x02014b50, 0);
  head.writeUInt32LE(size, 24);
  head.writeUInt16LE(name.length, 28);
  head.writeUInt16LE(extra.length, 30);
  return Buffer.concat([head, Buffer.from(name), extra]);
}

describe('zip central directory', () => {
  it('reads each entry’s declared size, zip64 sizes from the extra field', () => {
    const directory = Buffer.concat([
      entry('xl/workbook.xml', 1_200),
      entry('xl/worksheets/sheet1.xml', 0xffffffff, 6_000_000_000n),
    ]);
    expect(entrySizes(directory)).toEqual([
      { name: 'xl/workbook.xml', size: 1_200 },
      { name: 'xl/worksheets/sheet1.xml', size: 6_000_000_000 },
    ]);
  });

  it('finds the directory from the end record, and nothing in a file that is not a zip', () => {
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt32LE(92, 12);
    end.writeUInt32LE(5_000, 16);
    expect(directoryBounds(Buffer.concat([Buffer.alloc(100), end]), 4_000)).toEqual({
      offset: 5_000,
      size: 92,
    });
    expect(directoryBounds(Buffer.from('unit_code,name\n9501,x\n'), 0)).toBeNull();
  });
});
