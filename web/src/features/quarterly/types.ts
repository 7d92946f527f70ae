/** The quarterly report as GET /api/quarterly/:fiscalYear/:quarter sends it: figures are decimal strings. */
export type Light = 'red' | 'yellow' | 'green';
export type NarrativeKind = 'result' | 'problem' | 'solution' | 'remark';

export type QuarterlyListItem = {
  fiscalYear: number;
  quarter: number;
  titleTh: string;
  status: 'draft' | 'published';
  asOf: string | null;
};

export type QuarterView = {
  quarter: number;
  planned: string | null;
  adjusted: string | null;
  label: 'เป้าสะสม' | 'เป้าคงเหลือ' | null;
  result: string | null;
  percent: string | null;
  light: Light | null;
};

export type RegionView = {
  rows: {
    region: string;
    nameTh: string;
    target: string;
    result: string | null;
    percent: string | null;
    light: Light | null;
    /** The region office's own words for the quarter. */
    narrativeTh: string | null;
    /** Each quarter's own figure, Q1 first, when the region reported by quarter (7.1, 004 L197). */
    quarterResults: (string | null)[] | null;
  }[];
  quarterTotals: (string | null)[] | null;
  sumTargets: string;
  sumResults: string;
  nationalPercent: string | null;
  netRemaining: string;
  sumShortfalls: string;
};

export type QuarterlyKpi = {
  code: string;
  strategicIssueNo: number;
  nameTh: string;
  unitTh: string;
  accumulation: 'flow' | 'stock';
  annualTarget: string;
  annualResult: string | null;
  annualPercent: string | null;
  annualLight: Light | null;
  passFail: 'ผ่าน' | 'ไม่ผ่าน' | null;
  threshold: { value: string; comparison: 'gte' | 'gt' | 'lte' | 'lt'; result: string | null } | null;
  quarters: QuarterView[];
  regions: RegionView | null;
  measures: MeasureView[];
  narratives: { kind: NarrativeKind; textTh: string }[];
};

/** A further measure of an item: item 2's 2.1 and 2.2, item 6's organisations, 2.3's achievable target. */
export type MeasureView = {
  role: 'secondary' | 'part' | 'achievable';
  nameTh: string;
  unitTh: string;
  target: string | null;
  result: string | null;
  percent: string | null;
  quarters:
    | {
        quarter: number;
        planned: string | null;
        adjusted: string | null;
        label: 'เป้าสะสม' | 'เป้าคงเหลือ' | null;
        result: string | null;
      }[]
    | null;
};

export type Difference = {
  kpi: string;
  figure: string;
  printed: string | null;
  computed: string | null;
  line: number;
};

export type QuarterlyReport = {
  fiscalYear: number;
  quarter: number;
  titleTh: string;
  organisationTh: string;
  period: { from: string; to: string };
  asOf: string | null;
  status: 'draft' | 'published';
  publishedAt: string | null;
  legend: { light: Light; textTh: string }[];
  strategicIssues: { no: number; nameTh: string; kpis: QuarterlyKpi[] }[];
  differences: Difference[];
};

export type DataQuality = {
  fiscalYear: number;
  quarter: number;
  titleTh: string;
  status: 'draft' | 'published';
  violations: {
    ruleId: string;
    checkTh: string;
    importance: 'high' | 'medium' | 'low';
    messageTh: string;
    lines: number[];
  }[];
};

export type RegionCode = 'N' | 'NE' | 'S' | 'CW' | 'BE';

export type KpiEntry = {
  quarters: { quarter: number; planned: string | null; result: string | null }[];
  regions: { region: RegionCode; target: string; result: string | null }[];
  narratives: { kind: NarrativeKind; textTh: string }[];
};

/** Which CODI region offices have entered their figures for the quarter. */
export type RegionStatus = {
  fiscalYear: number;
  quarter: number;
  status: 'draft' | 'published';
  ownRegion: RegionCode | null;
  regions: {
    region: RegionCode;
    nameTh: string;
    expected: number;
    entered: number;
    complete: boolean;
    lastEnteredAt: string | null;
  }[];
};

/** One region office's rows of a quarter. */
export type RegionEntryView = {
  fiscalYear: number;
  quarter: number;
  titleTh: string;
  status: 'draft' | 'published';
  region: { code: RegionCode; nameTh: string };
  canEnter: boolean;
  kpis: {
    code: string;
    nameTh: string;
    unitTh: string;
    accumulation: 'flow' | 'stock';
    target: string;
    result: string | null;
    narrativeTh: string | null;
    enteredAt: string | null;
    earlier: (string | null)[];
  }[];
};

export type RegionEntry = { kpis: { code: string; result: string | null; narrativeTh: string | null }[] };

export type NewKpi = {
  code: string;
  strategicIssueNo: number;
  nameTh: string;
  unitTh: string;
  accumulation: 'flow' | 'stock';
  annualTarget: string;
  planned: (string | null)[];
  threshold: string | null;
};
