import { z } from 'zod';
import { formulaSchema } from '../formula/schema.ts';
import { criteriaSchema } from '../scoring/criteria.ts';
import { canonical, parseDecimal, toDecimal } from '../scoring/decimal.ts';
import { thaiErrors } from '../scoring/thai-issues.ts';
import { checkWeights, type WeightsCheck } from '../scoring/weighted.ts';
import { itemsFor, kpiSetProblems } from './kpi-set-checks.ts';

/**
 * A KPI set as a data file (data/kpi-sets/*.json): the KPI cards of one owner, fiscal year and round, and the
 * agreements that give them weights. Messages are Thai and name the place in Thai: "ตัวชี้วัดที่ 4 น้ำหนัก ต้องเป็น…".
 * Weights are strings ("50"; Thai digits are read and stored as 0–9); per-agent targets are free JSON.
 */
const thai = thaiErrors('');
const text = z.string(thai).trim().min(1, thai);
/** A name, key or unit: the seeds' longest name is 119 characters. */
const shortText = text.max(500, thai);
/** A card's paragraphs (definition, rationale, notes…): the seeds' longest is 2,565 characters. */
const longText = text.max(20_000, thai);

function problem(
  ctx: z.RefinementCtx,
  input: unknown,
  path: readonly (string | number)[],
  reason: string,
): void {
  ctx.addIssue({ code: 'custom', input, path: [...path], params: { reason } });
}

function integer(min: number, max: number, expected: string) {
  return z.number(thai).superRefine((value, ctx) => {
    if (!Number.isInteger(value) || value < min || value > max) problem(ctx, value, [], `ต้องเป็น${expected}`);
  });
}

/** A weight as a string: "50", "๕๐", "12.5" → canonical "50", "12.5". */
const weight = z
  .string(thaiErrors('', { expected: 'ตัวเลขในรูปข้อความ เช่น "50"' }))
  .superRefine((value, ctx) => {
    const parsed = parseDecimal(value);
    if (parsed === null || parsed.isNegative()) {
      problem(ctx, value, [], `ต้องเป็นตัวเลขไม่ติดลบในรูปข้อความ เช่น "50" (ได้รับ ${JSON.stringify(value)})`);
    }
  })
  .transform((value) => canonical(toDecimal(value, 'weight')));

export const KPI_KINDS = ['team', 'individual', 'optional'] as const;
export type KpiKind = (typeof KPI_KINDS)[number];

/** T = team, I = individual, O = optional, then the number as printed, and a letter where one number has two cards. */
const KEY = /^([TIO])[0-9]+[a-z]?$/;
const KIND_OF: Readonly<Record<string, KpiKind>> = { T: 'team', I: 'individual', O: 'optional' };
const KIND_TH: Readonly<Record<KpiKind, string>> = {
  team: 'ตัวชี้วัดรายทีม',
  individual: 'ตัวชี้วัดรายบุคคล',
  optional: 'ตัวชี้วัดทางเลือก',
};

/** A level or a range of levels as printed in the evidence table: "1-5", "1-3", "4" (001 L544–546). */
const LEVELS = /^([1-5])(?:-([1-5]))?$/;
const evidenceSchema = z.strictObject(
  {
    levels: text.superRefine((levels, ctx) => {
      const match = LEVELS.exec(levels);
      if (match === null || (match[2] !== undefined && Number(match[2]) <= Number(match[1]))) {
        problem(ctx, levels, [], 'ต้องเป็นระดับ 1–5 หรือช่วงระดับ เช่น "1-3"');
      }
    }),
    text: longText,
  },
  thai,
);

const contactSchema = z.strictObject(
  {
    role: z.enum(['responsible', 'coordinator'], thai),
    name: shortText,
    position: shortText,
    phone: shortText.nullable(),
  },
  thai,
);

/** Level texts as printed, level 1 to 5; "" where the seed prints none (003 L407: no level 5). */
const levelText = z.string(thai).trim().max(20_000, thai);

export const kpiSchema = z
  .strictObject(
    {
      key: shortText,
      number: shortText,
      kind: z.enum(KPI_KINDS, thai),
      nameTh: shortText,
      nameEn: shortText.nullable(),
      unitOfMeasure: shortText.nullable(),
      /** The card's own weight (001 L214 "น้ำหนัก : ๑๕"); agreements carry the weights that count. */
      weight: weight.nullable(),
      definition: longText.nullable(),
      formulaText: longText.nullable(),
      formula: formulaSchema.nullable(),
      rationale: longText.nullable(),
      dataSource: longText.nullable(),
      levelTexts: z.tuple(
        [levelText, levelText, levelText, levelText, levelText],
        thaiErrors('', { count: 5 }),
      ),
      criteria: criteriaSchema,
      evidence: z.array(evidenceSchema, thai),
      contacts: z.array(contactSchema, thai),
      /** data/org/work-groups.json: G1 ยุทธศาสตร์, G2 ประสานฯ, G3 ส่งเสริม, G4 สารสนเทศ */
      workGroup: z.enum(['G1', 'G2', 'G3', 'G4'], thai).nullable(),
      /** 001 L289: "(วัดเป็นรายเดือนทุกวันที่ ๒๐)" */
      measurementDay: integer(1, 31, 'วันที่ 1–31').nullable(),
      notes: longText.nullable(),
    },
    thai,
  )
  .superRefine((kpi, ctx) => {
    const kind = KIND_OF[KEY.exec(kpi.key)?.[1] ?? ''];
    if (kind === undefined) {
      problem(ctx, kpi, ['key'], 'ต้องขึ้นต้นด้วย T, I หรือ O ตามด้วยเลข เช่น "T1", "I5b"');
    } else if (kind !== kpi.kind) {
      problem(ctx, kpi, ['kind'], `ต้องเป็น${KIND_TH[kind]}ตามรหัส ${kpi.key}`);
    }
  });

export const AGREEMENT_PAIRS = ['dg_province', 'province_district', 'province_work_group'] as const;
export type AgreementPair = (typeof AGREEMENT_PAIRS)[number];

const itemSchema = z.strictObject(
  {
    kpi: shortText,
    section: z.enum(KPI_KINDS, thai),
    weight,
    /** Only these agents get the item; 001 L49: KPI 3 "๓ อำเภอ (อำเภอเมืองยะลา อำเภอธารโต อำเภอยะหา)". */
    agents: z.array(shortText, thai).min(1, thai).optional(),
  },
  thai,
);

export const agreementSchema = z.strictObject(
  {
    pair: z.enum(AGREEMENT_PAIRS, thai),
    /** Unit code of the upper side: "CDD" or a province code. */
    principal: shortText,
    /** Unit codes of the lower side; each gets its own agreement. */
    agents: z.array(shortText, thai).min(1, thai),
    /** Each agent chooses this many of its optional items (001 L59: "ตัวชี้วัดทางเลือก"). */
    optionalRequired: integer(0, 100, 'จำนวนเต็มไม่ติดลบ'),
    items: z.array(itemSchema, thai).min(1, thai),
    /** Targets by agent, then by KPI key, as free JSON: { "9501": { "I4": { "developable": 214, … } } }. */
    targets: z.record(z.string(thai), z.record(z.string(thai), z.json(thai), thai), thai).optional(),
  },
  thai,
);

export const kpiSetFileSchema = z
  .strictObject(
    {
      /** Where the set comes from (seed file, lines) and what was decided where the seed is unclear. */
      source: longText,
      /** The unit code that owns the set: a province code ("95") or "CDD". */
      owner: shortText,
      /** Buddhist-era fiscal year, e.g. 2568. */
      fiscalYear: integer(2500, 2700, 'ปีงบประมาณ พ.ศ. เช่น 2568'),
      round: z.literal([1, 2], thai),
      nameTh: shortText,
      kpis: z.array(kpiSchema, thai).min(1, thai),
      agreements: z.array(agreementSchema, thai),
    },
    thai,
  )
  .superRefine((file, ctx) => {
    for (const { path, reason } of kpiSetProblems(file)) problem(ctx, file, path, reason);
  });

export type KpiSetKpi = z.output<typeof kpiSchema>;
export type KpiSetItem = z.output<typeof itemSchema>;
export type KpiSetAgreement = z.output<typeof agreementSchema>;
export type KpiSetFile = z.output<typeof kpiSetFileSchema>;
/** A KPI set file as written, before numbers are normalised. */
export type KpiSetFileInput = z.input<typeof kpiSetFileSchema>;

/** The Thai messages of a failed parse, each naming its place in the file: "ตัวชี้วัดที่ 3 น้ำหนัก ต้องเป็น…". */
export function kpiSetFileMessages(error: z.ZodError): string[] {
  return error.issues.map((issue) => issue.message);
}

/** The weights of one weight list of one agent's agreement. */
export interface WeightList {
  /** 'team' (ตัวชี้วัดรายทีม) or 'individual' (ตัวชี้วัดรายบุคคล, with the optional items chosen). */
  readonly list: 'team' | 'individual';
  readonly weights: WeightsCheck;
}

export interface AgentWeightSums {
  /** Index into the file's agreements. */
  readonly agreement: number;
  readonly pair: AgreementPair;
  readonly agent: string;
  readonly lists: readonly WeightList[];
}

/**
 * The weight sums each agent's agreement would have, list by list, for the app to show: the seeds total each
 * list to 100 (001 L20, L30, L45 "รวม ๑๐๐") but not always (003: 11 individual KPIs × 10 = 110), so a sum
 * other than 100 is reported (`weights.message`), never refused. Until an agent chooses, its optional items
 * count as the first `optionalRequired` listed for it.
 */
export function agreementWeightSums(file: KpiSetFile): AgentWeightSums[] {
  return file.agreements.flatMap((agreement, index) =>
    agreement.agents.map((agent) => {
      const items = itemsFor(agreement, agent);
      const section = (kind: KpiKind) => items.filter((item) => item.section === kind);
      const listed = [
        { list: 'team' as const, items: section('team') },
        {
          list: 'individual' as const,
          items: [...section('individual'), ...section('optional').slice(0, agreement.optionalRequired)],
        },
      ];
      const lists = listed
        .filter((entry) => entry.items.length > 0)
        .map((entry) => ({
          list: entry.list,
          weights: checkWeights(entry.items.map((item) => item.weight)),
        }));
      return { agreement: index, pair: agreement.pair, agent, lists };
    }),
  );
}
