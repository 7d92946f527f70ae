import { createRequire } from 'node:module';
import { formatThaiDate } from '../../domain/calendar/date-format.ts';
import { toThaiDigits as d } from '../../domain/calendar/thai-digits.ts';
import {
  groupsByPresenter,
  itemBlocks,
  meetingDateLine,
  nextMeetingLines,
  periodLine,
  presenterIntros,
  resolutionText,
} from '../../domain/minutes/agenda.ts';
import type { MinutesBody, MinutesTable } from './schemas.ts';

/**
 * The minutes as a Word file in seed 003's layout: the centred header (title, period, ครั้งที่ n/ปี, date and time,
 * venue), attendees numbered with name and position, absentees, activities before the agenda, ระเบียบวาระที่ ๑–๖ with
 * their items, tables with borders and their as-of dates, "มติที่ประชุม", the next meeting, เลิกประชุม and the two
 * signature blocks. TH Sarabun New 16 pt, A4, Thai digits in what the system writes (the seed's own digits).
 */

/**
 * docx 9.7's type entry re-exports extensionless paths that NodeNext module resolution cannot follow, so its types do
 * not load here: the few classes this file uses are declared below and the package is loaded as CommonJS. The
 * integration test opens the file written (a valid zip whose document.xml holds the title, number and a table cell).
 */
type Node = { readonly __docxNode?: never };
type DocxModule = {
  AlignmentType: { CENTER: string; LEFT: string; RIGHT: string };
  BorderStyle: { SINGLE: string; NONE: string };
  WidthType: { PERCENTAGE: string };
  Document: new (options: object) => object;
  Packer: { toBuffer(doc: object): Promise<Buffer> };
  Paragraph: new (options: object) => Node;
  Table: new (options: object) => Node;
  TableRow: new (options: object) => Node;
  TableCell: new (options: object) => Node;
  TextRun: new (options: object) => Node;
};
const {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} = createRequire(import.meta.url)('docx') as DocxModule;

const FONT = 'TH Sarabun New';
const SIZE = 32; // half-points: 16 pt
const CM = 567; // twips per centimetre

type Minutes = {
  number: string;
  nextMeetingNumber: string | null;
  titleTh: string;
  meetingDate: string;
  timeFrom: string;
  timeTo: string | null;
  venueTh: string;
  body: MinutesBody;
};

const run = (text: string, bold = false) => new TextRun({ text, bold, boldComplexScript: bold });

function para(
  text: string,
  options: { bold?: boolean; center?: boolean; indent?: number; before?: number } = {},
) {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: options.indent ? { left: options.indent } : undefined,
    spacing: options.before ? { before: options.before } : undefined,
    children: [run(text, options.bold)],
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

function cell(text: string, options: { bold?: boolean; right?: boolean } = {}) {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [run(d(text), options.bold)],
      }),
    ],
  });
}

const numeric = (text: string) => /^[\d,.\-–/ ]+$/.test(text);

function table(t: MinutesTable) {
  const header = new TableRow({
    tableHeader: true,
    children: t.columns.map((c) => cell(c, { bold: true })),
  });
  const body = t.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, { right: numeric(c) })) }));
  const total = t.total
    ? [new TableRow({ children: t.total.map((c) => cell(c, { bold: true, right: numeric(c) })) })]
    : [];
  return [
    ...(t.titleTh ? [para(d(t.titleTh), { before: 120 })] : []),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders,
      rows: [header, ...body, ...total],
    }),
    ...(t.noteTh ? [para(d(t.noteTh))] : []),
  ];
}

/** "มติที่ประชุม รับทราบ โดยขอให้…" (003 L72, L80), or nothing when none was recorded. */
function resolutionPara(r: { phrase: string | null; note: string }) {
  const text = resolutionText(r.phrase, r.note);
  if (!text) return [];
  return [
    new Paragraph({
      indent: { left: CM },
      spacing: { before: 120 },
      children: [run('มติที่ประชุม ', true), run(d(text))],
    }),
  ];
}

function signature(role: string, block: { name: string; position: string }) {
  const indent = 8 * CM;
  return [
    para(`ลงชื่อ ${'.'.repeat(40)} ${role}`, { indent: 6 * CM, before: 480 }),
    para(`(${block.name || '.'.repeat(40)})`, { indent, center: false }),
    para(block.position, { indent }),
  ];
}

export async function minutesDocx(m: Minutes): Promise<Buffer> {
  const b = m.body;
  const children: Node[] = [
    para(m.titleTh, { bold: true, center: true }),
    para(d(periodLine(m.meetingDate)), { bold: true, center: true }),
    para(`ครั้งที่ ${d(m.number)}`, { bold: true, center: true }),
    para(d(meetingDateLine(m.meetingDate, m.timeFrom)), { center: true, before: 200 }),
    para(`ณ ${m.venueTh}`, { center: true }),
    para('ผู้เข้าร่วมประชุม', { bold: true, before: 240 }),
  ];
  if (b.attendees.length > 0)
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: {
          top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
          bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
          left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
          right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
          insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
          insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        },
        rows: b.attendees.map(
          (a, i) =>
            new TableRow({
              children: [
                new TableCell({
                  width: { size: 8, type: WidthType.PERCENTAGE },
                  children: [para(`${d(i + 1)}.`)],
                }),
                new TableCell({ width: { size: 42, type: WidthType.PERCENTAGE }, children: [para(a.name)] }),
                new TableCell({
                  width: { size: 50, type: WidthType.PERCENTAGE },
                  children: [para(a.position)],
                }),
              ],
            }),
        ),
      }),
    );
  children.push(para('ผู้ไม่เข้าประชุม', { bold: true, before: 240 }));
  if (b.absentees.length === 0) children.push(para('-ไม่มี-', { indent: CM }));
  for (const [i, a] of b.absentees.entries())
    children.push(
      para(`${d(i + 1)}. ${a.name} ${a.position}${a.reason ? ` (${a.reason})` : ''}`, { indent: CM }),
    );
  children.push(para('กิจกรรมก่อนเริ่มวาระการประชุม', { bold: true, before: 240 }));
  for (const a of b.activities) children.push(para(`- ${a}`, { indent: CM }));

  b.agenda.forEach((agenda, i) => {
    const no = i + 1;
    children.push(para(`ระเบียบวาระที่ ${d(no)} ${d(agenda.title)}`, { bold: true, before: 240 }));
    if (no === 2 && b.previous.circulatedBy && b.previous.circulatedOn)
      children.push(
        para(
          d(
            `${b.previous.circulatedBy} ได้แจ้งเวียนรายงานการประชุมครั้งที่ ${b.previous.number}${b.previous.pages ? ` จำนวน ${b.previous.pages} หน้า` : ''} ให้ทราบแล้วเมื่อวันที่ ${formatThaiDate(b.previous.circulatedOn)}`,
          ),
          { indent: CM },
        ),
      );
    const next = b.nextMeeting.date;
    if (no === 6 && next)
      children.push(
        ...nextMeetingLines(m.nextMeetingNumber, { ...b.nextMeeting, date: next }).map((l) =>
          para(d(l), { indent: CM }),
        ),
      );
    if (
      agenda.items.length === 0 &&
      !(no === 6 && b.nextMeeting.date) &&
      !(no === 2 && b.previous.circulatedOn)
    )
      children.push(para('-ไม่มี-', { indent: CM }));
    const intros = presenterIntros(
      no,
      agenda.items.map((item) => item.presenter),
    );
    agenda.items.forEach((item, j) => {
      const intro = intros[j];
      if (intro) children.push(para(d(intro), { indent: CM / 2, before: 120 }));
      const heading = d(item.heading ? `${no}.${j + 1} ${item.heading}` : `${no}.${j + 1}`);
      children.push(para(heading, { bold: true, indent: CM / 2, before: 120 }));
      if (item.presenter && !groupsByPresenter(no))
        children.push(para(d(`ผู้เสนอ ${item.presenter}`), { indent: CM }));
      for (const block of itemBlocks(item.text, item.tables))
        children.push(...('line' in block ? [para(d(block.line), { indent: CM })] : table(block.table)));
      children.push(...resolutionPara(item.resolution));
    });
    children.push(...resolutionPara(agenda.resolution));
  });
  if (m.timeTo) children.push(para(`เลิกประชุม เวลา ${d(m.timeTo)} น.`, { before: 240 }));
  children.push(...signature('ผู้จดรายงานการประชุม', b.taker), ...signature('ผู้ตรวจรายงานการประชุม', b.reviewer));

  const doc = new Document({
    creator: 'ติดตาม',
    title: `${m.titleTh} ครั้งที่ ${m.number}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE, sizeComplexScript: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2.5 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
