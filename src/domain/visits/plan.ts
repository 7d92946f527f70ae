/**
 * The rules of a province's monthly visit plan (issue R2-5 item 1, seed 000): the seed's topic list as the default
 * templates, the topics' numbering as the seed prints it, the plan table's grouping by work group and activity,
 * and the official letter's defaults. Pure: no I/O.
 */

export type TopicLine = { kind: 'heading' | 'point'; text: string };
export type Topic = { titleTh: string; detailTh: string; lines: TopicLine[] };

export type NumberedTopic = {
  no: string;
  titleTh: string;
  detailTh: string;
  lines: { label: string; kind: TopicLine['kind']; text: string }[];
};

/**
 * Numbers topics 1, 2, 3…; a heading inside topic 3 is 3.1, 3.2…; points are 1), 2)… restarting after each heading
 * (seed 000 L55-L100: "๓.๑ ตัวชี้วัดรายทีม" then "๑) ร้อยละของการใช้จ่ายเงินงบประมาณ …").
 */
export function numberTopics(topics: readonly Topic[]): NumberedTopic[] {
  return topics.map((topic, i) => {
    const no = String(i + 1);
    let heading = 0;
    let point = 0;
    const lines = topic.lines.map((line) => {
      if (line.kind === 'heading') {
        heading += 1;
        point = 0;
        return { label: `${no}.${heading}`, kind: line.kind, text: line.text };
      }
      point += 1;
      return { label: `${point})`, kind: line.kind, text: line.text };
    });
    return { no, titleTh: topic.titleTh, detailTh: topic.detailTh, lines };
  });
}

/** The topics of a plan's rows, each once (by title), in the order the rows first name them. */
export function topicsOfRows(rows: readonly { topics: readonly Topic[] }[]): Topic[] {
  const seen = new Map<string, Topic>();
  for (const row of rows)
    for (const topic of row.topics) if (!seen.has(topic.titleTh)) seen.set(topic.titleTh, topic);
  return [...seen.values()];
}

export type PlanRowLike = {
  activityTh: string;
  workGroupTh: string;
  date: string;
  timeFrom: string;
  timeTo: string | null;
  placeTh: string;
  remarksTh: string;
};

export type PlanEntry<R> = { no: number; workGroupTh: string; activityTh: string; rows: R[] };

/**
 * The plan table as seed 000's attachment prints it: one numbered entry per work group and activity, its dates and
 * places listed under it (L51: entry 1 "กลุ่มงานยุทธศาสตร์" holds 26 and 27 July with their districts). Rows keep their order.
 */
export function planEntries<R extends PlanRowLike>(rows: readonly R[]): PlanEntry<R>[] {
  const entries: PlanEntry<R>[] = [];
  const byKey = new Map<string, PlanEntry<R>>();
  for (const row of rows) {
    const key = `${row.workGroupTh}\u0000${row.activityTh}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { no: entries.length + 1, workGroupTh: row.workGroupTh, activityTh: row.activityTh, rows: [] };
      entries.push(entry);
      byKey.set(key, entry);
    }
    entry.rows.push(row);
  }
  return entries;
}

/** "09.00" → minutes since midnight. */
export function minutesOfTime(time: string): number {
  const [h, m] = time.split('.').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The place column's text: "พื้นที่อำเภอวารินชำราบ (09.00น.)" or with the end time "(09.00–12.00น.)". */
export function placeWithTime(row: Pick<PlanRowLike, 'placeTh' | 'timeFrom' | 'timeTo'>): string {
  const time = row.timeTo ? `${row.timeFrom}–${row.timeTo}น.` : `${row.timeFrom}น.`;
  return `${row.placeTh} (${time})`;
}

/** Joins district names as the seed's เรียน line (L14) does: "พัฒนาการอำเภอดอนมดแดง และวารินชำราบ"; three or more spaced, the last after "และ". */
export function addresseeOf(districtNames: readonly string[]): string {
  const names = districtNames.map((n) => n.replace(/^อำเภอ/, ''));
  if (names.length === 0) return 'พัฒนาการอำเภอทุกอำเภอ';
  if (names.length === 1) return `พัฒนาการอำเภอ${names[0]}`;
  return `พัฒนาการอำเภอ${names.slice(0, -1).join(' ')} และ${names.at(-1)}`;
}

export type Letter = {
  number: string;
  officeTh: string;
  addressTh: string;
  date: string | null;
  subjectTh: string;
  toTh: string;
  attachments: { titleTh: string; quantityTh: string }[];
  paragraphs: string[];
  closingTh: string;
  signerName: string;
  signerPosition: string;
  contactUnitTh: string;
  contactPhoneTh: string;
};

/** "อุบลราชธานี" from "จังหวัดอุบลราชธานี" or "อุบลราชธานี". */
export const provinceNameOf = (nameTh: string) => nameTh.replace(/^จังหวัด/, '');

/** The plan's title above its table: "แผนปฏิบัติงานสำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี ประจำเดือนกรกฎาคม 2566". */
export function planTitle(provinceTh: string, monthTh: string): string {
  return `แผนปฏิบัติงานสำนักงานพัฒนาชุมชนจังหวัด${provinceNameOf(provinceTh)} ประจำเดือน${monthTh}`;
}

/** The topic list's title: "ประเด็นติดตามงานของสำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี ประจำเดือนกรกฎาคม 2566". */
export function topicListTitle(provinceTh: string, monthTh: string): string {
  return `ประเด็นติดตามงานของสำนักงานพัฒนาชุมชนจังหวัด${provinceNameOf(provinceTh)} ประจำเดือน${monthTh}`;
}

/**
 * A new plan's letter as seed 000 writes it (L5-L36): the office, the subject and body naming the month, the three
 * attachments (the plan, the topics, the follow-up forms), the closing; number, date, signer are the user's to fill.
 */
export function defaultLetter(provinceTh: string, monthTh: string): Letter {
  const office = `สำนักงานพัฒนาชุมชนจังหวัด${provinceNameOf(provinceTh)}`;
  const subject = `การติดตามผลการขับเคลื่อนการดำเนินงานตามแผนปฏิบัติการประจำเดือน${monthTh} และกองทุนหมู่บ้านและชุมชนเมือง`;
  return {
    number: '',
    officeTh: office,
    addressTh: '',
    date: null,
    subjectTh: subject,
    toTh: addresseeOf([]),
    attachments: [
      { titleTh: 'แผนการติดตามงานฯ', quantityTh: 'จำนวน 1 ชุด' },
      { titleTh: 'ประเด็นการตรวจติดตามงาน', quantityTh: 'จำนวน 1 ชุด' },
      { titleTh: 'แบบติดตามผลการดำเนินงานฯ', quantityTh: 'จำนวน 3 ชุด' },
    ],
    paragraphs: [
      `ด้วย${office} กำหนด${subject} โดยมีวัตถุประสงค์เพื่อเป็นการสนับสนุนและช่วยเหลือการดำเนินงานของอำเภอ ให้เป็นไปตามแผนฯ และถูกต้องตามระเบียบ แนวทางอย่างมีประสิทธิภาพ`,
      'เพื่อให้การติดตามงานเป็นไปตามวัตถุประสงค์ จึงขอให้ท่านและเจ้าหน้าที่พัฒนาชุมชนอำเภอ เตรียมข้อมูลและประสานกลุ่มเป้าหมายที่เกี่ยวข้อง เข้าร่วมประชุม ตามวัน เวลา รายละเอียดตามสิ่งที่ส่งมาพร้อมนี้',
    ],
    closingTh: 'จึงเรียนมาเพื่อพิจารณาดำเนินการ',
    signerName: '',
    signerPosition: '',
    contactUnitTh: 'กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน',
    contactPhoneTh: '',
  };
}

/** What a plan needs before it is finished: its rows, the letter's number, date and signer. */
export function finishProblems(plan: { rows: readonly unknown[]; letter: Letter }): string[] {
  const problems: string[] = [];
  if (plan.rows.length === 0) problems.push('แผนต้องมีอย่างน้อย 1 แถว');
  if (plan.letter.number.trim() === '') problems.push('กรุณากรอกเลขที่หนังสือ');
  if (!plan.letter.date) problems.push('กรุณากรอกวันที่ของหนังสือ');
  if (plan.letter.signerName.trim() === '') problems.push('กรุณากรอกชื่อผู้ลงนามในหนังสือ');
  return problems;
}

/** Seed 000's issue list (L53-L100, "ประเด็นติดตามงานของสำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี …") as a province's first topic templates; digits in Arabic, the UI prints them Thai. */
export const SEED_000_TOPICS: readonly Topic[] = [
  {
    titleTh: 'การดำเนินงานของกองทุนหมู่บ้านและชุมชนเมือง',
    detailTh:
      'สรุปผลการดำเนินงานกองทุนหมู่บ้านที่อยู่ในความรับผิดชอบของอำเภอในรอบปีที่ผ่านมา\nปัญหาอุปสรรค แนวทางแก้ไข/ข้อเสนอแนะ',
    lines: [],
  },
  {
    titleTh: 'การขับเคลื่อนตำบลเข้มแข็งตามหลักปรัชญาของเศรษฐกิจพอเพียง',
    detailTh: 'มีประเด็นติดตามดังนี้',
    lines: ['แผนการดำเนินงาน', 'ผลการดำเนินงาน', 'การประเมินผลการพัฒนา', 'ปัญหาอุปสรรค', 'ข้อเสนอแนะ'].map(
      (text) => ({
        kind: 'point' as const,
        text,
      }),
    ),
  },
  {
    titleTh:
      'ติดตามความก้าวหน้าการดำเนินงานให้บรรลุตัวชี้วัดและค่าเป้าหมายการประเมินผลการปฏิบัติราชการ ปีงบประมาณ พ.ศ. 2566 รอบการประเมินที่ 2 (เมษายน - กันยายน 2566)',
    detailTh: '',
    lines: [
      { kind: 'heading', text: 'ตัวชี้วัดรายทีม' },
      { kind: 'point', text: 'ร้อยละของการใช้จ่ายเงินงบประมาณ ไม่น้อยกว่าร้อยละ 100' },
      {
        kind: 'point',
        text: 'ร้อยละความสำเร็จของการบรรลุเป้าหมายการดำเนินงานตามแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2566 ไม่น้อยกว่าร้อยละ 95',
      },
      { kind: 'heading', text: 'ตัวชี้วัดรายบุคคล' },
      { kind: 'point', text: 'ร้อยละของครัวเรือนยากจนเป้าหมายที่มีรายได้ต่ำกว่าเกณฑ์ จปฐ. คงเหลือไม่เกิน ร้อยละ 13' },
      { kind: 'point', text: 'รายได้จากกิจการจำหน่ายผลิตภัณฑ์ชุมชน OTOP เท่ากับค่าเป้าหมายขั้นสูง' },
      {
        kind: 'point',
        text: 'ระดับความสำเร็จของการขับเคลื่อนการพัฒนาเศรษฐกิจฐานรากและประชารัฐ การสร้างรายได้จากกิจการอาหารปลอดภัย โดยกลุ่มเป้าหมายมีรายได้เพิ่มขึ้น ไม่น้อยกว่าร้อยละ 6',
      },
      {
        kind: 'point',
        text: 'ร้อยละของจำนวนครัวเรือนเป้าหมายที่สามารถลดหนี้/ปลดหนี้ได้ด้วยกระบวนการบริหารจัดการหนี้ของศูนย์จัดการกองทุนชุมชน ไม่น้อยกว่าร้อยละ 90',
      },
      {
        kind: 'point',
        text: 'ระดับความสำเร็จของการขับเคลื่อนการดำเนินงานขจัดความยากจนและพัฒนาคนทุกช่วงวัยอย่างยั่งยืนตามหลักปรัชญาของเศรษฐกิจพอเพียง มีการบันทึกข้อมูลสภาพปัญหา/ความต้องการ และแนวทางการแก้ปัญหา การบูรณาการให้ความช่วยเหลือครัวเรือนเป้าหมาย และดำเนินการบันทึกผลการแก้ไขปัญหาในระบบ TPMP Logbook ไม่น้อยกว่าร้อยละ 50',
      },
      {
        kind: 'point',
        text: 'ระดับความสำเร็จของการขับเคลื่อนตำบลเข้มแข็ง ตามหลักปรัชญาของเศรษฐกิจพอเพียง ไม่น้อยกว่าร้อยละ 95 ของตำบลเป้าหมาย ผ่านเกณฑ์การประเมินผลการพัฒนาตำบลเข้มแข็ง ตามหลักปรัชญา ของเศรษฐกิจพอเพียง ตามเกณฑ์ที่กำหนด',
      },
      { kind: 'point', text: 'ระดับความสำเร็จการบริหารจัดการหนี้ กองทุนพัฒนาบทบาทสตรี คงเหลือต่ำกว่าร้อยละ 10' },
    ],
  },
];
