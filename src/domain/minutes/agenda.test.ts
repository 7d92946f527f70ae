import { describe, expect, it } from 'vitest';
import {
  AGENDA_TITLES,
  certificationTitle,
  finishProblems,
  itemBlocks,
  meetingDateLine,
  minutesNumber,
  nextNumber,
  numberYearOf,
  parseMinutesNumber,
  periodLine,
  presenterIntros,
  RESOLUTION_PHRASES,
  resolutionText,
} from './agenda.ts';

describe('standard agenda titles', () => {
  it('are the six titles of seed 003 in order', () => {
    // seed 003 L52, L265, L1003, L1196, L1201 (Thai digits in the seed, titles verbatim)
    expect(AGENDA_TITLES).toHaveLength(6);
    expect(`ระเบียบวาระที่ ๑ ${AGENDA_TITLES[0]}`).toBe('ระเบียบวาระที่ ๑ เรื่องประธานแจ้งให้ที่ประชุมทราบ');
    expect(AGENDA_TITLES[2]).toBe('เรื่องสืบเนื่องจากการประชุมครั้งที่แล้ว');
    expect(AGENDA_TITLES[3]).toBe('เรื่องเพื่อทราบและถือปฏิบัติ');
    expect(AGENDA_TITLES[4]).toBe('เรื่องเพื่อพิจารณา');
    expect(AGENDA_TITLES[5]).toBe('เรื่องอื่น ๆ');
  });

  it('writes agenda 2 with the previous minutes as seed 003 L130 does', () => {
    expect(certificationTitle('๗/๒๕๖๕', '๒๑ กรกฎาคม ๒๕๖๕')).toBe(
      'รับรองรายงานการประชุมครั้งที่ ๗/๒๕๖๕ เมื่อวันที่ ๒๑ กรกฎาคม ๒๕๖๕',
    );
  });
});

describe('resolutions', () => {
  it('offer the seed phrase first and the conventional ones for certifying and deciding', () => {
    expect(RESOLUTION_PHRASES[0]).toBe('รับทราบ');
    expect(RESOLUTION_PHRASES).toContain('รับรอง');
    expect(RESOLUTION_PHRASES).toContain('เห็นชอบ');
    expect(new Set(RESOLUTION_PHRASES).size).toBe(RESOLUTION_PHRASES.length);
  });

  it('join a phrase and its request as seed 003 L80 writes them', () => {
    expect(resolutionText('รับทราบ', ' โดยขอให้กลุ่มงานที่มีกิจกรรม/โครงการที่ได้รับรางวัลจัดช่อดอกไม้ไปแสดงความยินดี')).toBe(
      'รับทราบ โดยขอให้กลุ่มงานที่มีกิจกรรม/โครงการที่ได้รับรางวัลจัดช่อดอกไม้ไปแสดงความยินดี',
    );
    expect(resolutionText(null, 'มอบกลุ่มงานยุทธศาสตร์ติดตาม')).toBe('มอบกลุ่มงานยุทธศาสตร์ติดตาม');
    expect(resolutionText(null, '  ')).toBeNull();
  });
});

describe('numbering', () => {
  it('numbers within the B.E. calendar year of the meeting date (003 L4: 31 Aug 2565 is 8/2565)', () => {
    expect(numberYearOf('2022-08-31')).toBe(2565);
    expect(numberYearOf('2023-01-05')).toBe(2566);
    expect(minutesNumber(8, 2565)).toBe('8/2565');
  });

  it('gives the number after the last one given, so the seed’s repeated 8/2565 (L1203) cannot happen', () => {
    expect(nextNumber(null)).toBe(1);
    expect(nextNumber(8)).toBe(9);
    expect(nextNumber(nextNumber(8))).toBe(10);
  });

  it('reads a typed number in Arabic or Thai digits', () => {
    expect(parseMinutesNumber('๘/๒๕๖๕')).toEqual({ no: 8, year: 2565 });
    expect(parseMinutesNumber(' 12 / 2566 ')).toEqual({ no: 12, year: 2566 });
    expect(parseMinutesNumber('8/65')).toBeNull();
    expect(parseMinutesNumber('0/2565')).toBeNull();
    expect(parseMinutesNumber('สิงหาคม')).toBeNull();
  });
});

describe('finishing', () => {
  it('needs both signature blocks with name and position (the seed’s reviewer block L1222 lacks a position)', () => {
    const reviewerWithoutPosition = { name: 'นางอังคณา จิตรวิไลย', position: '' };
    const taker = { name: 'นางสาวอภิสรารธรรม์ สุรกุลธนาสิทธิ์', position: 'เจ้าพนักงานธุรการชำนาญงาน' };
    expect(finishProblems({ taker, reviewer: reviewerWithoutPosition })).toEqual([
      'กรุณากรอกตำแหน่งผู้ตรวจรายงานการประชุมก่อนจบรายงานการประชุม',
    ]);
    expect(finishProblems({ taker: { name: '', position: '' }, reviewer: taker })).toHaveLength(2);
    expect(
      finishProblems({ taker, reviewer: { ...reviewerWithoutPosition, position: 'ผู้อำนวยการกลุ่มงาน' } }),
    ).toEqual([]);
  });
});

describe('header lines', () => {
  it('write the date, weekday and period as seed 003 L3 and L7 do', () => {
    expect(meetingDateLine('2022-08-31', '09.30')).toBe('วันพุธที่ 31 สิงหาคม 2565 เวลา 09.30 น.');
    expect(meetingDateLine('2022-09-28', null)).toBe('วันพุธที่ 28 กันยายน 2565');
    expect(periodLine('2022-08-31')).toBe('ประจำเดือน สิงหาคม 2565');
  });
});

describe('presenter runs in agendas 3 and 4', () => {
  const coordination = 'กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน';
  const strategy = 'นางสร้อยชัช โปธิชัยโย ผอ.กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน';

  it('opens each run with the count that follows, where seed 003 L288 announced 14 for 12 items', () => {
    const presenters = [coordination, coordination, ...Array<string>(12).fill(strategy)];
    const intros = presenterIntros(3, presenters);
    // 003 L267: "กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน แจ้งเรื่องสืบเนื่อง จำนวน ๒ เรื่อง ดังนี้"
    expect(intros[0]).toBe(`${coordination} แจ้งเรื่องสืบเนื่อง จำนวน 2 เรื่อง ดังนี้`);
    expect(intros[2]).toBe(`${strategy} แจ้งเรื่องสืบเนื่อง จำนวน 12 เรื่อง ดังนี้`);
    expect(intros.filter((i) => i !== null)).toHaveLength(2);
  });

  it("uses agenda 4's verb, leaves an item without a presenter alone and groups no other agenda", () => {
    // 003 L1169-1189: two items by the strategy group, then 4.13 with no presenter
    expect(presenterIntros(4, [strategy, strategy, ' '])).toEqual([
      `${strategy} แจ้งเรื่องเพื่อทราบและถือปฏิบัติ จำนวน 2 เรื่อง ดังนี้`,
      null,
      null,
    ]);
    expect(presenterIntros(1, ['ประธานที่ประชุม'])).toEqual([null]);
  });
});

describe('an item read in order', () => {
  it('puts a table after the line it follows, and one without a place after the text', () => {
    // 003 L705-720: point (๒), "ข้อมูล ณ วันที่ ๑๖ สิงหาคม ๒๕๖๕", the table, then point (๓)
    const text = '(2) ศูนย์ผู้นำจิตอาสา\n\nข้อมูล ณ วันที่ 16 สิงหาคม 2565\n(3) กลุ่มออมทรัพย์';
    const centres = { afterLine: 2, titleTh: 'ศูนย์' };
    const savings = { afterLine: null, titleTh: 'ออม' };
    expect(itemBlocks(text, [savings, centres])).toEqual([
      { line: '(2) ศูนย์ผู้นำจิตอาสา' },
      { line: 'ข้อมูล ณ วันที่ 16 สิงหาคม 2565' },
      { table: centres },
      { line: '(3) กลุ่มออมทรัพย์' },
      { table: savings },
    ]);
    expect(itemBlocks('', [{ afterLine: 5 }])).toEqual([{ table: { afterLine: 5 } }]);
  });
});
