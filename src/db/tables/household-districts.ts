import type { HouseholdProgressMonthsTable, HouseholdProgressStatusTable } from './dashboards-registers.ts';
import type { HouseholdPovertyCountsTable } from './household-poverty.ts';

/**
 * Migration 2026-12-08-1600-household-district-counts: per district (unit_id is the district's unit), the sums of
 * the village rollups, kept current by the households module's writes: the same columns as the village tables.
 */
export type HouseholdDistrictTables = {
  household_district_status: HouseholdProgressStatusTable;
  household_district_months: HouseholdProgressMonthsTable;
  household_district_poverty: HouseholdPovertyCountsTable;
};
