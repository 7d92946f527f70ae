import { describe, expect, it } from 'vitest';
import {
  addresseeOf,
  defaultLetter,
  finishProblems,
  numberTopics,
  placeWithTime,
  planEntries,
  planTitle,
  SEED_000_TOPICS,
  topicListTitle,
  topicsOfRows,
} from './plan.ts';

const visit = (date: string, placeTh: string, over: { workGroupTh?: string; activityTh?: string } = {}) => ({
  activityTh: over.activityTh ?? 'การติดตามผลการขับเคลื่อนการดำเนินงานตามแผนปฏิบัติการประจำปีเดือนกรกฎาคม 2566',
  workGroupTh: over.workGroupTh ?? 'กลุ่มงานยุทธศาสตร์',
  date,
  timeFrom: '09.00',
  timeTo: null,
  placeTh,
  remarksTh: '',
});

describe('the topic list of seed 000', () => {
  it('numbers topics 1–3, the headings of topic 3 as 3.1 and 3.2, points 1) … restarting after each heading', () => {
    const numbered = numberTopics(SEED_000_TOPICS);
    expect(numbered.map((t) => t.no)).toEqual(['1', '2', '3']);
    // seed 000 L63-L67: "1) แผนการดำเนินงาน … 5) ข้อเสนอแนะ"
    expect(numbered[1]?.lines.map((l) => l.label)).toEqual(['1)', '2)', '3)', '4)', '5)']);
    // seed 000 L72-L100: "3.1 ตัวชี้วัดรายทีม" with two points, "3.2 ตัวชี้วัดรายบุคคล" with seven
    const third = numbered[2]?.lines ?? [];
    expect(third.filter((l) => l.kind === 'heading').map((l) => `${l.label} ${l.text}`)).toEqual([
      '3.1 ตัวชี้วัดรายทีม',
      '3.2 ตัวชี้วัดรายบุคคล',
    ]);
    expect(third.map((l) => l.label)).toEqual([
      '3.1',
      '1)',
      '2)',
      '3.2',
      '1)',
      '2)',
      '3)',
      '4)',
      '5)',
      '6)',
      '7)',
    ]);
  });

  it('collects the topics of the rows once each, in the order the rows first name them', () => {
    const [a, b, c] = SEED_000_TOPICS;
    if (!a || !b || !c) throw new Error('seed 000 has three topics');
    expect(topicsOfRows([{ topics: [b, a] }, { topics: [a, c] }]).map((t) => t.titleTh)).toEqual([
      b.titleTh,
      a.titleTh,
      c.titleTh,
    ]);
  });
});

describe('the plan table', () => {
  it('groups the two July 2566 visits under one entry as seed 000 L51 prints them', () => {
    const rows = [visit('2023-07-26', 'พื้นที่อำเภอดอนมดแดง'), visit('2023-07-27', 'พื้นที่อำเภอวารินชำราบ')];
    const entries = planEntries(rows);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.no).toBe(1);
    expect(entries[0]?.rows.map((r) => r.date)).toEqual(['2023-07-26', '2023-07-27']);
  });

  it('starts a new numbered entry for another work group or activity, keeping the rows in order', () => {
    const rows = [
      visit('2023-07-26', 'ก'),
      visit('2023-07-27', 'ข', { workGroupTh: 'กลุ่มงานส่งเสริมการพัฒนาชุมชน' }),
      visit('2023-07-28', 'ค'),
      visit('2023-07-29', 'ง', { activityTh: 'ประชุมประจำเดือน' }),
    ];
    expect(planEntries(rows).map((e) => [e.no, e.rows.map((r) => r.placeTh).join('')])).toEqual([
      [1, 'กค'],
      [2, 'ข'],
      [3, 'ง'],
    ]);
  });

  it('writes the place with its time as the seed does, with an end time when there is one', () => {
    expect(placeWithTime({ placeTh: 'พื้นที่อำเภอวารินชำราบ', timeFrom: '09.00', timeTo: null })).toBe(
      'พื้นที่อำเภอวารินชำราบ (09.00น.)',
    );
    expect(placeWithTime({ placeTh: 'ห้องประชุม', timeFrom: '09.00', timeTo: '12.00' })).toBe(
      'ห้องประชุม (09.00–12.00น.)',
    );
  });

  it('titles the plan and the topic list with the province and the month', () => {
    expect(planTitle('จังหวัดอุบลราชธานี', 'กรกฎาคม 2566')).toBe(
      'แผนปฏิบัติงานสำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี ประจำเดือนกรกฎาคม 2566',
    );
    expect(topicListTitle('อุบลราชธานี', 'กรกฎาคม 2566')).toBe(
      'ประเด็นติดตามงานของสำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี ประจำเดือนกรกฎาคม 2566',
    );
  });
});

describe('the letter', () => {
  it('addresses the districts as seed 000 L14 does: "พัฒนาการอำเภอดอนมดแดง และวารินชำราบ"', () => {
    expect(addresseeOf(['อำเภอดอนมดแดง', 'อำเภอวารินชำราบ'])).toBe('พัฒนาการอำเภอดอนมดแดง และวารินชำราบ');
    expect(addresseeOf(['วารินชำราบ'])).toBe('พัฒนาการอำเภอวารินชำราบ');
    expect(addresseeOf([])).toBe('พัฒนาการอำเภอทุกอำเภอ');
  });

  it('starts with seed 000’s office, subject, three attachments and closing, and leaves number, date and signer', () => {
    const letter = defaultLetter('จังหวัดอุบลราชธานี', 'กรกฎาคม 2566');
    expect(letter.officeTh).toBe('สำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี');
    // seed 000 L12: "เรื่อง การติดตามผลการขับเคลื่อนการดำเนินงานตามแผนปฏิบัติการประจำเดือนกรกฎาคม ๒๕๖๖ และกองทุนหมู่บ้านและชุมชนเมือง"
    expect(letter.subjectTh).toBe(
      'การติดตามผลการขับเคลื่อนการดำเนินงานตามแผนปฏิบัติการประจำเดือนกรกฎาคม 2566 และกองทุนหมู่บ้านและชุมชนเมือง',
    );
    expect(letter.attachments.map((a) => a.quantityTh)).toEqual(['จำนวน 1 ชุด', 'จำนวน 1 ชุด', 'จำนวน 3 ชุด']);
    expect(letter.closingTh).toBe('จึงเรียนมาเพื่อพิจารณาดำเนินการ');
    expect(finishProblems({ rows: [], letter })).toEqual([
      'แผนต้องมีอย่างน้อย 1 แถว',
      'กรุณากรอกเลขที่หนังสือ',
      'กรุณากรอกวันที่ของหนังสือ',
      'กรุณากรอกชื่อผู้ลงนามในหนังสือ',
    ]);
    expect(
      finishProblems({
        rows: [{}],
        letter: { ...letter, number: 'อบ 0019/ว 996', date: '2023-07-25', signerName: 'ก' },
      }),
    ).toEqual([]);
  });
});
