import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** One zip entry: its name and its bytes, given whole or as chunks (a sheet of hundreds of megabytes). */
export type EntrySource = { name: string; data: Buffer | (() => Iterable<Buffer>) };

const MB = 1024 * 1024;

/** Deflates an entry as it streams (native zlib: a 300 MB sheet in a second or two), with its CRC and size. */
async function deflated(data: EntrySource['data']) {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  for (const chunk of Buffer.isBuffer(data) ? [data] : data()) {
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { body: Buffer.concat(parts), crc, size };
}

/**
 * Writes a zip by hand, so a test can make its central directory lie: `declared` gives the decompressed size an
 * entry claims (in its local header and the directory), by default the true one.
 */
export async function zipOf(
  entries: EntrySource[],
  declared: (name: string, size: number) => number = (_, s) => s,
) {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { body, crc, size } = await deflated(entry.data);
    const name = Buffer.from(entry.name);
    const claimed = declared(entry.name, size);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    directory.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const size = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

/** The parts of a real workbook with one sheet holding `header` (as exceljs writes them), the sheet XML split open. */
export async function workbookParts(header: string[]) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('ข้อมูล').addRow(header);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const parts: EntrySource[] = [];
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n]?.dir)) {
    const file = zip.file(name);
    if (file) parts.push({ name, data: await file.async('nodebuffer') });
  }
  const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml');
  const [head, tail] = String(sheet?.data).split('</sheetData>');
  return { parts, sheetHead: head ?? '', sheetTail: `</sheetData>${tail ?? ''}` };
}

/** `megabytes` of the same text repeated: it deflates about a thousand to one. */
function* repeated(head: string, unit: string, megabytes: number, tail: string): Iterable<Buffer> {
  yield Buffer.from(head);
  const block = Buffer.from(unit.repeat(Math.ceil((4 * MB) / unit.length)));
  for (let n = 0; n < megabytes * MB; n += block.length) yield block;
  yield Buffer.from(tail);
}

/**
 * An .xlsx of well under a megabyte whose first sheet inflates to `megabytes` of rows (the attack: 6 MB →
 * 1.4 GB). `lie` makes the directory and local headers claim 1 kB, so only counting the bytes catches it.
 */
export async function sheetBomb(header: string[], megabytes: number, lie = false) {
  const { parts, sheetHead, sheetTail } = await workbookParts(header);
  const row = `<row><c t="inlineStr"><is><t>${header.map(() => 'x').join('')}</t></is></c></row>`;
  const sheet = {
    name: 'xl/worksheets/sheet1.xml',
    data: () => repeated(sheetHead, row, megabytes, sheetTail),
  };
  return zipOf(
    parts.map((p) => (p.name === sheet.name ? sheet : p)),
    lie ? () => 1024 : undefined,
  );
}

/** An .xlsx whose shared-strings table inflates to `megabytes` of tiny strings, each kept by a caching reader. */
export async function sharedStringsBomb(header: string[], megabytes: number, lie = false) {
  const { parts } = await workbookParts(header);
  const strings = {
    name: 'xl/sharedStrings.xml',
    data: () =>
      repeated(
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
        '<si><t>a</t></si>',
        megabytes,
        '</sst>',
      ),
  };
  return zipOf([...parts.filter((p) => p.name !== strings.name), strings], lie ? () => 1024 : undefined);
}
