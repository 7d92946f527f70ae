import type { PortfolioStatus } from '../../../../src/domain/registers/womens-fund-portfolio.ts';
import type { ApiResponse } from '../../shared/api/api-types';

/** The women's fund register's answers, as the server's response schemas declare them (src/modules/womens-fund). */

/** The debtor and member snapshots of a unit's area, and the KPIs bound to them. */
export type WomensFundList = ApiResponse<'/api/registers/womens-fund/'>;
export type WomensFundSnapshot = WomensFundList['items'][number];

export type SnapshotInput = {
  unitCode: string;
  asOf: string;
  outstanding: string;
  notYetDue: string;
  suspended: string;
  litigation: string;
  members: number | null;
  womenAged15Plus: number | null;
  /** The stored snapshot's version at that date as listed, 0 when none: one saved meanwhile answers 409 stale. */
  rowVersion: number;
};

/** A province's women's fund report as the server checked it: eight overlapping lines and what they imply. */
export type WomensFundPortfolio = ApiResponse<'/api/registers/womens-fund/portfolio'>['items'][number];

/** Years and counts go as typed; the server reads them as whole numbers or says in Thai why not. */
export type PortfolioInput = {
  unitCode: string;
  asOf: string;
  approvedFrom: string;
  approvedTo: string;
  approvedProjects: string;
  approvedAmount: string;
  statuses: Record<PortfolioStatus, { projects: string; amount: string }>;
  /** The edited report's version as loaded (none for a new one: the same date replaces it, as an import does). */
  rowVersion?: number;
};
