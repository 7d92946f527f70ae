import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFormula } from '../formula/evaluate.ts';
import { parseFormula } from '../formula/parse.ts';
import { Dec } from '../scoring/decimal.ts';
import { evaluate } from '../scoring/evaluate.ts';
import {
  type AgentWeightSums,
  agreementWeightSums,
  type KpiSetFile,
  type KpiSetFileInput,
  type KpiSetKpi,
  kpiSetFileMessages,
  kpiSetFileSchema,
} from './kpi-set-file.ts';

const DIR = path.resolve(import.meta.dirname, '../../../data/kpi-sets');
const FILES = fs.readdirSync(DIR).filter((name) => name.endsWith('.json'));

function parse(input: unknown): { file: KpiSetFile | null; messages: string[] } {
  const result = kpiSetFileSchema.safeParse(input);
  return result.success
    ? { file: result.data, messages: [] }
    : { file: null, messages: kpiSetFileMessages(result.error) };
}

function load(name: string): KpiSetFile {
  const { file, messages } = parse(JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8')));
  if (file === null) throw new Error(`${name}:\n${messages.join('\n')}`);
  return file;
}

function kpi(file: KpiSetFile, key: string): KpiSetKpi {
  const found = file.kpis.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no KPI ${key}`);
  return found;
}

/** The value a KPI's own formula gives for `values`. */
function compute(file: KpiSetFile, key: string, values: Record<string, string | number>): string {
  const formula = kpi(file, key).formula;
  if (formula === null) throw new Error(`${key} has no formula`);
  return evaluateFormula(parseFormula(formula.expression), values);
}

/** "team=100 individual=100" for one agent. */
function sums(all: readonly AgentWeightSums[], agent: string): string {
  const entry = all.find((candidate) => candidate.agent === agent);
  return entry?.lists.map(({ list, weights }) => `${list}=${weights.sum}`).join(' ') ?? 'none';
}

const twoPlaces = (value: string) => new Dec(value).toFixed(2);

describe('data/kpi-sets', () => {
  it('has the four seed sets, and every file passes the schema', () => {
    expect(FILES.sort()).toEqual([
      'fy2565-r2-chachoengsao.json',
      'fy2566-r2-ubon.json',
      'fy2567-r1-chachoengsao.json',
      'fy2568-r2-yala.json',
    ]);
    for (const name of FILES) expect(() => load(name), name).not.toThrow();
  });

  describe('fy2568-r2-yala (seed 001)', () => {
    const yala = load('fy2568-r2-yala.json');
    const weights = agreementWeightSums(yala);

    it('weights every list of every agreement to 100, as the summary sheets do (001 L17–45)', () => {
      expect(sums(weights, '95')).toBe('team=100 individual=100');
      for (const district of ['9501', '9502', '9503', '9504', '9505', '9506', '9507', '9508']) {
        expect(sums(weights, district), district).toBe('team=100 individual=100');
      }
      expect(weights.every(({ lists }) => lists.every(({ weights: check }) => check.is100))).toBe(true);
    });

    it('DG↔PDO: team 50/50, individual 5 × 20 with I5 the women’s fund debt KPI (001 L18–19, L39–43)', () => {
      const [dg] = yala.agreements;
      expect(dg).toMatchObject({
        pair: 'dg_province',
        principal: 'CDD',
        agents: ['95'],
        optionalRequired: 0,
      });
      expect(dg?.items.map((item) => `${item.kpi} ${item.section} ${item.weight}`)).toEqual([
        'T1 team 50',
        'T2 team 50',
        'I1 individual 20',
        'I2 individual 20',
        'I3 individual 20',
        'I4 individual 20',
        'I5 individual 20',
      ]);
      expect(kpi(yala, 'I5').nameTh).toBe('ระดับความสำเร็จในการบริหารจัดการหนี้เกินกำหนดชำระ กองทุนพัฒนาบทบาทสตรี');
    });

    it('PDO↔DDO: team 50/40/10; I3 only for Mueang Yala, Than To, Yaha; the others choose 1 of O7–O9 (001 L27–67)', () => {
      const districts = yala.agreements.filter((agreement) => agreement.pair === 'province_district');
      expect(districts.map(({ agents, optionalRequired }) => ({ agents, optionalRequired }))).toEqual([
        { agents: ['9501', '9504', '9505'], optionalRequired: 0 },
        { agents: ['9502', '9503', '9506', '9507', '9508'], optionalRequired: 1 },
      ]);
      for (const agreement of districts) {
        expect(agreement.items.filter((item) => item.section === 'team').map((item) => item.weight)).toEqual([
          '50',
          '40',
          '10',
        ]);
      }
      const [withI3, withoutI3] = districts.map((agreement) => agreement.items.map((item) => item.kpi));
      expect(withI3).toEqual(['T1', 'T2', 'T3', 'I1', 'I2', 'I3', 'I4', 'I5b', 'I6']);
      expect(withoutI3).toEqual(['T1', 'T2', 'T3', 'I1', 'I2', 'I4', 'I5b', 'I6', 'O7', 'O8', 'O9']);
    });

    it('keeps each card’s own weight where the summary differs: T2 40, T3 15, O8 blank (001 L174, L214, L597)', () => {
      expect(['T1', 'T2', 'T3', 'I5', 'I5b', 'O8'].map((key) => kpi(yala, key).weight)).toEqual([
        '50',
        '40',
        '15',
        null,
        '15',
        null,
      ]);
    });

    it('holds the per-district I4 table: 323 developable, 278/281/285/287/291 by level (001 L434–442)', () => {
      const district = yala.agreements
        .slice(1)
        .flatMap((agreement) =>
          Object.values(agreement.targets ?? {}).map(
            (targets) => targets.I4 as { developable: number; mustPass: number[] },
          ),
        );
      expect(district).toHaveLength(8);
      expect(district.reduce((total, row) => total + row.developable, 0)).toBe(323);
      expect(
        [0, 1, 2, 3, 4].map((level) =>
          district.reduce((total, row) => total + (row.mustPass[level] ?? 0), 0),
        ),
      ).toEqual([278, 281, 285, 287, 291]);
      expect(yala.agreements[1]?.targets?.['9501']?.I4).toEqual({
        developable: 214,
        mustPass: [184, 186, 188, 190, 193],
      });
      expect(yala.agreements[0]?.targets?.['95']?.I4).toEqual({
        developable: 323,
        mustPass: [278, 281, 285, 287, 291],
      });
    });

    it('scores the T3 worked example, 489,204.87 × 100 / 33,109,323.18 = 1.48 % → level 5 (001 L235–250)', () => {
      const t3 = kpi(yala, 'T3');
      const value = compute(yala, 'T3', { overdue: '489204.87', outstanding: '33109323.18' });
      expect(twoPlaces(value)).toBe('1.48');
      expect(evaluate(t3.criteria, { value })).toMatchObject({ level: 5 });
      expect(evaluate(t3.criteria, { value: '1.48' })).toMatchObject({ level: 5 });
      expect(evaluate(t3.criteria, { value: 20 })).toMatchObject({ level: 1 });
      expect(evaluate(t3.criteria, { value: '19.99' })).toMatchObject({ level: 2 });
    });

    it('computes budget spending with the returned budget deducted, and the remaining-households rule (001 L137–145, L404–420)', () => {
      const spent = compute(yala, 'T1', {
        disbursed: '8500000',
        purchase_orders: '450000',
        allocated: '10000000',
        returned_before_cutoff: '500000',
      });
      expect(twoPlaces(spent)).toBe('94.21');
      expect(evaluate(kpi(yala, 'T1').criteria, { value: spent })).toMatchObject({ level: 3 });
      // Mueang Yala: the table's level 5 (193 of 214) meets "≤ 10 %", its level 1 (184) misses "≤ 14 %".
      const i4 = kpi(yala, 'I4').criteria;
      expect(evaluate(i4, { value: compute(yala, 'I4', { targets: 214, passed: 193 }) })).toMatchObject({
        level: 5,
      });
      expect(evaluate(i4, { value: compute(yala, 'I4', { targets: 214, passed: 184 }) })).toMatchObject({
        level: 0,
      });
    });

    it('measures I1 and I2 on the 20th and O7, O8 on the 15th (001 L289, L326, L539, L604)', () => {
      expect(
        yala.kpis
          .filter((card) => card.measurementDay !== null)
          .map((card) => `${card.key}:${card.measurementDay}`),
      ).toEqual(['I1:20', 'I2:20', 'O7:15', 'O8:15']);
    });
  });

  describe('fy2565-r2-chachoengsao (seed 003)', () => {
    const chachoengsao = load('fy2565-r2-chachoengsao.json');

    it('has 5 team KPIs of weight 20 and 11 individual of weight 10, whose 110 is kept and flagged', () => {
      expect(chachoengsao.kpis.map((card) => `${card.key}:${card.weight}`).join(' ')).toBe(
        'T1:20 T2:20 T3:20 T4:20 T5:20 I1:10 I2:10 I3:10 I4:10 I5:10 I6:10 I7:10 I8:10 I9:10 I10:10 I11:10',
      );
      const all = agreementWeightSums(chachoengsao);
      expect(all).toHaveLength(11 + 4);
      for (const { lists } of all) {
        expect(lists.map(({ list, weights }) => [list, weights.sum, weights.message])).toEqual([
          ['team', '100', null],
          ['individual', '110', 'น้ำหนักรวม 110 ไม่เท่ากับ 100'],
        ]);
      }
    });

    it('computes the budget of 30 Aug 2565 as 89.30 %, level 2, not the printed 98.30 % (003 L273–276)', () => {
      const value = compute(chachoengsao, 'T1', { disbursed_po: '13746496.46', allocated: '15394077.59' });
      expect(twoPlaces(value)).toBe('89.30');
      expect(evaluate(kpi(chachoengsao, 'T1').criteria, { value })).toMatchObject({ level: 2 });
    });

    it('keeps T4’s repeated level 5 and I3’s missing level 5 as printed (003 L359–361, L404–407)', () => {
      const t4 = kpi(chachoengsao, 'T4');
      expect(t4.levelTexts[4]).toBe(t4.levelTexts[3]);
      expect(t4.criteria.type).toBe('milestones');
      const i3 = kpi(chachoengsao, 'I3');
      expect(i3.levelTexts[4]).toBe('');
      const gvh = ['gvh-80', 'gvh-85', 'gvh-90', 'gvh-95'];
      expect(evaluate(i3.criteria, { verified: gvh })).toMatchObject({ level: 4 });
    });
  });

  it('fy2566-r2-ubon (seed 000): blank weights are placeholders of 1, flagged; T2 is strict "มากกว่า"', () => {
    const ubon = load('fy2566-r2-ubon.json');
    expect(ubon.kpis.every((card) => card.weight === null)).toBe(true);
    expect(
      agreementWeightSums(ubon).map(({ agent, lists }) => [
        agent,
        ...lists.map(({ weights }) => weights.sum),
      ]),
    ).toEqual([
      ['3424', '2', '7'],
      ['3415', '2', '7'],
    ]);
    const t2 = kpi(ubon, 'T2').criteria;
    expect(evaluate(t2, { value: 75 })).toMatchObject({ level: 0 });
    expect(evaluate(t2, { value: '75.01' })).toMatchObject({ level: 1 });
  });

  it('fy2567-r1-chachoengsao (seed 002): KPIs 1 and 4 with their steps, no weights and no agreements', () => {
    const steps = load('fy2567-r1-chachoengsao.json');
    expect(steps.kpis.map((card) => [card.key, card.number, card.weight, card.criteria.type])).toEqual([
      ['I1', '1', null, 'milestones'],
      ['I4', '4', null, 'milestones'],
    ]);
    expect(steps.agreements).toEqual([]);
  });
});

/** A small valid file to break one rule at a time. */
function minimal(): KpiSetFileInput {
  return {
    source: 'test',
    owner: '95',
    fiscalYear: 2568,
    round: 2,
    nameTh: 'ชุดทดสอบ',
    kpis: [
      {
        key: 'T1',
        number: '๑',
        kind: 'team',
        nameTh: 'ร้อยละของการใช้จ่ายงบประมาณ',
        nameEn: null,
        unitOfMeasure: 'ร้อยละ',
        weight: '๕๐',
        definition: null,
        formulaText: null,
        formula: {
          expression: 'spent * 100 / allocated',
          inputs: [
            { id: 'spent', labelTh: 'ใช้จ่าย' },
            { id: 'allocated', labelTh: 'จัดสรร' },
          ],
        },
        rationale: null,
        dataSource: null,
        levelTexts: ['๘๐', '๘๕', '๙๐', '๙๕', '๑๐๐'],
        criteria: {
          type: 'threshold',
          direction: 'higher',
          inclusive: true,
          thresholds: [80, 85, 90, 95, 100],
        },
        evidence: [{ levels: '1-5', text: 'รายงาน' }],
        contacts: [],
        workGroup: 'G2',
        measurementDay: null,
        notes: null,
      },
    ],
    agreements: [
      {
        pair: 'province_district',
        principal: '95',
        agents: ['9501', '9502'],
        optionalRequired: 0,
        items: [{ kpi: 'T1', section: 'team', weight: '60' }],
      },
    ],
  };
}

describe('kpiSetFileSchema', () => {
  it('normalises weights and accepts lists that do not total 100', () => {
    const { file } = parse(minimal());
    expect(file?.kpis[0]?.weight).toBe('50');
    expect(file && agreementWeightSums(file)[0]?.lists[0]?.weights).toEqual({
      sum: '60',
      is100: false,
      message: 'น้ำหนักรวม 60 ไม่เท่ากับ 100',
    });
  });

  it('names the full path of criteria and formula problems', () => {
    const input = minimal();
    const [card] = input.kpis;
    if (card === undefined) throw new Error('no KPI');
    Object.assign(card, {
      criteria: { type: 'threshold', direction: 'higher', inclusive: true, thresholds: [80, 85, 90, 95] },
      formula: { expression: 'spent * 100 /', inputs: [{ id: 'spent', labelTh: 'ใช้จ่าย' }] },
    });
    expect(parse(input).messages).toEqual([
      'ตัวชี้วัดที่ 1 สูตรสำหรับคำนวณอัตโนมัติ สูตรไม่ถูกต้องที่ตำแหน่ง 14: ต้องเป็นตัวเลข ชื่อข้อมูล หรือวงเล็บ ( แต่สูตรจบก่อน',
      'ตัวชี้วัดที่ 1 เกณฑ์การให้คะแนน ค่าเกณฑ์แต่ละระดับ ต้องมี 5 ค่า (ได้รับ 4 ค่า)',
    ]);
  });

  it('checks card fields in Thai, naming the path', () => {
    const input = minimal();
    const [card] = input.kpis;
    if (card === undefined) throw new Error('no KPI');
    Object.assign(card, {
      kind: 'individual',
      weight: '-5',
      measurementDay: 32,
      evidence: [{ levels: '3-1', text: 'x' }],
    });
    expect(parse(input).messages).toEqual([
      'ตัวชี้วัดที่ 1 น้ำหนัก ต้องเป็นตัวเลขไม่ติดลบในรูปข้อความ เช่น "50" (ได้รับ "-5")',
      'ตัวชี้วัดที่ 1 หลักฐานที่ 1 ระดับคะแนน ต้องเป็นระดับ 1–5 หรือช่วงระดับ เช่น "1-3"',
      'ตัวชี้วัดที่ 1 วันที่วัดผลของทุกเดือน ต้องเป็นวันที่ 1–31',
      'ตัวชี้วัดที่ 1 ประเภทตัวชี้วัด ต้องเป็นตัวชี้วัดรายทีมตามรหัส T1',
    ]);
    Object.assign(card, { kind: 'team', weight: '5', measurementDay: 1, evidence: [], key: 'X1' });
    expect(parse(input).messages).toContain(
      'ตัวชี้วัดที่ 1 รหัสตัวชี้วัด ต้องขึ้นต้นด้วย T, I หรือ O ตามด้วยเลข เช่น "T1", "I5b"',
    );
  });

  it('cross-checks keys, items, agents, optional counts and targets', () => {
    const input = minimal();
    const [card] = input.kpis;
    if (card === undefined) throw new Error('no KPI');
    input.kpis.push({ ...card });
    input.agreements.push(
      {
        pair: 'province_district',
        principal: '95',
        agents: ['9502', '2401', '9503', '9503'],
        optionalRequired: 1,
        items: [
          { kpi: 'T9', section: 'team', weight: '50' },
          { kpi: 'T1', section: 'team', weight: '50', agents: ['9504'] },
        ],
        targets: { '9505': {}, '9502': { T1: { amount: 1 }, T9: 2 } },
      },
      {
        pair: 'dg_province',
        principal: '95',
        agents: ['24'],
        optionalRequired: 0,
        items: [{ kpi: 'T1', section: 'team', weight: '100' }],
      },
    );
    expect(parse(input).messages).toEqual([
      'ตัวชี้วัดที่ 2 รหัสตัวชี้วัด ซ้ำ: T1',
      'คำรับรองที่ 2 หน่วยงานผู้รับคำรับรองที่ 2 ต้องเป็นรหัสอำเภอ 4 หลักในจังหวัด 95',
      'คำรับรองที่ 2 หน่วยงานผู้รับคำรับรองที่ 4 หน่วยงานซ้ำ: 9503',
      'คำรับรองที่ 2 รายการตัวชี้วัดที่ 1 ตัวชี้วัด ไม่มีตัวชี้วัด T9 ในชุดนี้',
      'คำรับรองที่ 2 รายการตัวชี้วัดที่ 2 หน่วยงานผู้รับคำรับรองที่ 1 9504 ไม่อยู่ในหน่วยงานผู้รับคำรับรองนี้',
      'คำรับรองที่ 2 จำนวนตัวชี้วัดทางเลือกที่ต้องเลือก ต้องเลือก 1 ตัวชี้วัดทางเลือก แต่ 9502 มีให้เลือก 0 ตัวชี้วัด',
      'คำรับรองที่ 2 จำนวนตัวชี้วัดทางเลือกที่ต้องเลือก ต้องเลือก 1 ตัวชี้วัดทางเลือก แต่ 2401 มีให้เลือก 0 ตัวชี้วัด',
      'คำรับรองที่ 2 จำนวนตัวชี้วัดทางเลือกที่ต้องเลือก ต้องเลือก 1 ตัวชี้วัดทางเลือก แต่ 9503 มีให้เลือก 0 ตัวชี้วัด',
      'คำรับรองที่ 2 จำนวนตัวชี้วัดทางเลือกที่ต้องเลือก ต้องเลือก 1 ตัวชี้วัดทางเลือก แต่ 9503 มีให้เลือก 0 ตัวชี้วัด',
      'คำรับรองที่ 2 ค่าเป้าหมาย 9502 ไม่มีตัวชี้วัด T1 ในคำรับรองนี้',
      'คำรับรองที่ 2 ค่าเป้าหมาย 9505 ไม่อยู่ในหน่วยงานผู้รับคำรับรองนี้',
      'คำรับรองที่ 3 หน่วยงานผู้ให้คำรับรอง ต้องเป็น CDD (อธิบดีกรมการพัฒนาชุมชน)',
      'คำรับรองที่ 3 หน่วยงานผู้รับคำรับรองที่ 1 ต้องเป็นรหัสจังหวัดเจ้าของชุด (95)',
      'คำรับรองที่ 2 หน่วยงานผู้รับคำรับรองที่ 1 9502 มีคำรับรองระหว่างจังหวัดกับอำเภอแล้วในคำรับรองที่ 1',
    ]);
  });

  it('names the allowed values as the screens do, never by their API values', () => {
    const input = minimal();
    const [card] = input.kpis;
    Object.assign(card ?? {}, {
      kind: 'main',
      workGroup: 'G9',
      contacts: [{ role: 'boss', name: 'สมชาย', position: 'พัฒนาการอำเภอ', phone: null }],
      criteria: { type: 'threshold', direction: 'up', inclusive: true, thresholds: [80, 85, 90, 95, 100] },
    });
    Object.assign(input.agreements[0] ?? {}, {
      pair: 'district',
      items: [{ kpi: 'T1', section: 'main', weight: '60' }],
    });
    const { messages } = parse(input);
    expect(messages).toEqual([
      'ตัวชี้วัดที่ 1 ประเภทตัวชี้วัด ต้องเป็นหนึ่งใน: ตัวชี้วัดรายทีม, ตัวชี้วัดรายบุคคล, ตัวชี้วัดทางเลือก',
      'ตัวชี้วัดที่ 1 เกณฑ์การให้คะแนน ทิศทางของเกณฑ์ ต้องเป็นหนึ่งใน: สูงดี, ต่ำดี',
      'ตัวชี้วัดที่ 1 ผู้รับผิดชอบ/ผู้ประสานงานคนที่ 1 บทบาท ต้องเป็นหนึ่งใน: ผู้รับผิดชอบตัวชี้วัด, ผู้ประสานงานตัวชี้วัด',
      'ตัวชี้วัดที่ 1 กลุ่มงานที่รับผิดชอบ ต้องเป็นหนึ่งใน: G1 ยุทธศาสตร์, G2 ประสานฯ, G3 ส่งเสริม, G4 สารสนเทศ',
      'คำรับรองที่ 1 คู่คำรับรอง ต้องเป็นหนึ่งใน: อธิบดีกรมการพัฒนาชุมชน กับ พัฒนาการจังหวัด, ' +
        'พัฒนาการจังหวัด กับ พัฒนาการอำเภอ, พัฒนาการจังหวัด กับ ผู้อำนวยการกลุ่มงาน',
      'คำรับรองที่ 1 รายการตัวชี้วัดที่ 1 หมวดตัวชี้วัด ต้องเป็นหนึ่งใน: ตัวชี้วัดรายทีม, ตัวชี้วัดรายบุคคล, ตัวชี้วัดทางเลือก',
    ]);
    // No API value (a lowercase Latin word such as 'team', 'higher', 'dg_province') in any of them.
    for (const message of messages) expect(message).not.toMatch(/[a-z]{2,}/);
  });

  it('checks work-group codes and the file header', () => {
    const input = minimal();
    input.agreements = [
      {
        pair: 'province_work_group',
        principal: '95',
        agents: ['95-G1', '95-G5'],
        optionalRequired: 0,
        items: [{ kpi: 'T1', section: 'team', weight: '100' }],
      },
    ];
    Object.assign(input, { owner: 'Yala', round: 3, fiscalYear: 68 });
    expect(parse(input).messages).toEqual([
      'ปีงบประมาณ ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2568',
      'รอบการประเมิน ต้องเป็นหนึ่งใน: 1, 2',
    ]);
    Object.assign(input, { round: 2, fiscalYear: 2568 });
    expect(parse(input).messages).toEqual([
      'หน่วยงานเจ้าของ ต้องเป็น CDD หรือรหัสจังหวัด 2 หลัก เช่น "95"',
      'คำรับรองที่ 1 หน่วยงานผู้ให้คำรับรอง ต้องเป็นรหัสจังหวัดเจ้าของชุด (Yala)',
      'คำรับรองที่ 1 หน่วยงานผู้รับคำรับรองที่ 2 ต้องเป็นรหัสกลุ่มงาน 95-G1 ถึง 95-G4',
    ]);
  });
});
