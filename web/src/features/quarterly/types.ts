/** The quarterly report as GET /api/quarterly/:fiscalYear/:quarter sends it: figures are decimal strings. */
export type Light = 'red' | 'yellow' | 'green';
export type NarrativeKind = 'result' | 'problem' | 'solution' | 'remark';

export type QuarterlyListItem = {
  fiscalYear: number;
  quarter: number;
  titleTh: string;
  status: 'draft' | 'published';
  asOf: string;
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
    result: string;
    percent: string | null;
    light: Light | null;
  }[];
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
  threshold: { value: string; comparison: 'gte' | 'gt' | 'lte' | 'lt'; result: string } | null;
  quarters: QuarterView[];
  regions: RegionView | null;
  narratives: { kind: NarrativeKind; textTh: string }[];
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
  asOf: string;
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
  regions: { region: RegionCode; target: string; result: string }[];
  narratives: { kind: NarrativeKind; textTh: string }[];
};
