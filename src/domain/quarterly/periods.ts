/**
 * The quarters of a Thai government fiscal year (B.E.): FY2562 runs 1 Oct 2018 – 30 Sep 2019, Q1 = Oct–Dec 2561,
 * Q2 = Jan–Mar 2562, Q3 = Apr–Jun 2562, Q4 = Jul–Sep 2562 (seed 004 extract, conventions; 004 L3 "ไตรมาส ๔
 * (กรกฎาคม – กันยายน ๒๕๖๒)").
 */
const MONTHS = [
  ['ตุลาคม', 'ธันวาคม'],
  ['มกราคม', 'มีนาคม'],
  ['เมษายน', 'มิถุนายน'],
  ['กรกฎาคม', 'กันยายน'],
] as const;

export interface QuarterPeriod {
  readonly from: string;
  readonly to: string;
  /** "ไตรมาส 4 (กรกฎาคม – กันยายน 2562)" */
  readonly labelTh: string;
}

export function quarterPeriod(fiscalYear: number, quarter: 1 | 2 | 3 | 4): QuarterPeriod {
  const ce = fiscalYear - 543;
  const startYear = quarter === 1 ? ce - 1 : ce;
  const startMonth = [10, 1, 4, 7][quarter - 1] as number;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(startYear, endMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const [first, last] = MONTHS[quarter - 1] as readonly [string, string];
  return {
    from: `${startYear}-${pad(startMonth)}-01`,
    to: `${startYear}-${pad(endMonth)}-${pad(lastDay)}`,
    labelTh: `ไตรมาส ${quarter} (${first} – ${last} ${startYear + 543})`,
  };
}

/** The report's title in seed 004's words (004 L3): "รายงานผลการปฏิบัติงานไตรมาส 4 (กรกฎาคม – กันยายน 2562) ประจำปีงบประมาณ พ.ศ.2562". */
export function quarterTitle(fiscalYear: number, quarter: 1 | 2 | 3 | 4): string {
  return `รายงานผลการปฏิบัติงาน${quarterPeriod(fiscalYear, quarter).labelTh} ประจำปีงบประมาณ พ.ศ.${fiscalYear}`;
}
