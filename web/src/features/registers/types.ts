/** The registers API shapes (src/modules/registers, each service.ts). */

export type UnitRef = { code: string; nameTh: string };

export type PercentView = { exact: string; text: string } | null;

export type RegisterBinding = {
  kpiId: number;
  kpiKey: string;
  kpiNameTh: string;
  measure: string;
  measureLabelTh: string;
  asOf: string;
  /** The register changed and the worker has not recomputed yet, or its last try failed. */
  recompute: { state: 'pending' | 'failed'; requestedAt: string; error: string | null } | null;
};
