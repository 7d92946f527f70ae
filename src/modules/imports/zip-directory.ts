import fs from 'node:fs/promises';

/** One entry of a zip's central directory: its name and the decompressed size it declares. */
export type ZipEntrySize = { name: string; size: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const ENTRY = 0x02014b50;
const MAX_U32 = 0xffffffff;
/** The end record (22 bytes) plus the longest comment a zip may carry. */
const TAIL_BYTES = 22 + 0xffff;

/** Where the central directory starts and how long it is, from the end of the file; null if it is not a zip. */
export function directoryBounds(tail: Buffer, tailOffset: number): { offset: number; size: number } | null {
  for (let i = tail.length - 22; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const size = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    if (offset !== MAX_U32 && size !== MAX_U32) return { offset, size };
    const locator = i - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR) return null;
    const record = Number(tail.readBigUInt64LE(locator + 8)) - tailOffset;
    if (record < 0 || record + 56 > tail.length || tail.readUInt32LE(record) !== ZIP64_EOCD) return null;
    return {
      offset: Number(tail.readBigUInt64LE(record + 48)),
      size: Number(tail.readBigUInt64LE(record + 40)),
    };
  }
  return null;
}

/** The entries of a central directory with their declared decompressed sizes (zip64 sizes read from the extra field). */
export function entrySizes(directory: Buffer): ZipEntrySize[] {
  const entries: ZipEntrySize[] = [];
  let at = 0;
  while (at + 46 <= directory.length && directory.readUInt32LE(at) === ENTRY) {
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    let size = directory.readUInt32LE(at + 24);
    if (size === MAX_U32) {
      // The zip64 extra field (id 1) holds the 8-byte sizes that did not fit, uncompressed size first.
      const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
        if (extra.readUInt16LE(e) === 1 && e + 12 <= extra.length)
          size = Number(extra.readBigUInt64LE(e + 4));
      }
    }
    entries.push({ name, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The declared entry sizes of a zip file on disk, or null when the file has no readable central directory. */
export async function zipEntrySizes(file: string, maxDirectoryBytes: number): Promise<ZipEntrySize[] | null> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const tailOffset = Math.max(0, size - TAIL_BYTES);
    const tail = Buffer.alloc(size - tailOffset);
    await handle.read(tail, 0, tail.length, tailOffset);
    const bounds = directoryBounds(tail, tailOffset);
    if (!bounds || bounds.offset + bounds.size > size || bounds.size > maxDirectoryBytes) return null;
    const directory = Buffer.alloc(bounds.size);
    await handle.read(directory, 0, bounds.size, bounds.offset);
    return entrySizes(directory);
  } finally {
    await handle.close();
  }
}
