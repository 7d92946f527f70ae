import type { KpiKind } from '../kpis/types';
import type { AppNotification } from '../notifications/types';
import type { ReportState } from '../reports/types';
import type { NextLevel } from '../scoring/types';

/** GET /api/home (src/modules/home/service.ts homeOf). */
type Common = {
  /** When the blocks were read (the server may answer them from its short-lived cache). */
  asOf: string;
  today: string;
  fiscalYear: number;
  unit: { code: string; nameTh: string; kind: string };
  notifications: { unread: number; items: AppNotification[] };
};

export type HomeSubmission = {
  id: number;
  reportNameTh: string;
  unit: { code: string; nameTh: string };
  periodKey: string;
  periodLabelTh: string;
  dueDate: string;
  submittedAt: string | null;
};

export type DueReport = {
  reportTypeId: number;
  reportNameTh: string;
  periodKey: string;
  periodLabelTh: string;
  dueDate: string;
  daysLeft: number;
  submissionId: number | null;
  state: ReportState;
  colour: string;
};

export type HomeKpi = {
  id: number;
  /** Opens the KPI's page: its months, % of target and forecast. */
  kpiId: number;
  section: KpiKind;
  number: string;
  nameTh: string;
  level: number | null;
  score: string | null;
  next: NextLevel | null;
  neededTh: string | null;
};

export type DistrictHome = Common & {
  kind: 'district';
  reports: { month: string; monthLabelTh: string; forms: number; entries: DueReport[] };
  returned: { count: number; items: (HomeSubmission & { reason: string | null })[] };
  agreement: {
    id: number;
    fiscalYear: number;
    round: number;
    setNameTh: string;
    status: string;
    score: string | null;
    reported: number;
    expected: number;
    items: HomeKpi[];
  } | null;
};

export type ProvinceHome = Common & {
  kind: 'province';
  waiting: { count: number; items: HomeSubmission[] };
  late: {
    month: string;
    monthLabelTh: string;
    forms: number;
    dueThisMonth: number;
    nextDueDate: string | null;
    districts: { unit: { code: string; nameTh: string }; missing: number; late: number }[];
  };
  agreements: {
    kpiSetId: number;
    fiscalYear: number;
    round: number;
    setNameTh: string;
    items: {
      id: number;
      agent: { code: string; nameTh: string };
      status: string;
      score: string | null;
      reported: number;
      expected: number;
    }[];
  } | null;
  alerts: {
    households: { fiscalYear: number; warnings: { code: string; message: string }[] } | null;
    projects: { fiscalYear: number; total: number; late: number; missingPhotos: number } | null;
  };
};

export type DepartmentHome = Common & {
  kind: 'department';
  provinces: { code: string; nameTh: string; nameEn: string | null; districts: number }[];
};

/** A CODI region office: its work is its region's figures in the quarterly report. */
export type RegionHome = Common & { kind: 'region' };

export type Home = DistrictHome | ProvinceHome | DepartmentHome | RegionHome;
