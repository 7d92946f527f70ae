/**
 * Migration 2026-12-08-1210-household-poverty-counts: per village or sub-district and fiscal year, the developable
 * households below the line at the baseline survey (targets) and those of them at or above it at the result survey
 * (passed), kept current by the households module's writes.
 */
export interface HouseholdPovertyCountsTable {
  unit_id: number;
  fiscal_year: number;
  targets: number;
  passed: number;
}

export type HouseholdPovertyTables = {
  household_poverty_counts: HouseholdPovertyCountsTable;
};
