import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-21-0900-foundation.ts';
import * as kpisAgreements from './2026-11-21-1200-kpis-agreements.ts';
import * as reports from './2026-11-21-1500-reports.ts';
import * as registers from './2026-11-21-1600-registers.ts';
import * as womensFundPortfolio from './2026-11-22-0900-womens-fund-portfolio.ts';
import * as projectPhotos from './2026-11-22-0930-project-photos.ts';
import * as registerWorker from './2026-11-22-1000-register-worker.ts';
import * as reportTypeVersions from './2026-12-06-1000-report-type-versions.ts';
import * as loginHardening from './2026-12-06-1100-login-hardening.ts';
import * as quarterlyReports from './2026-12-07-0200-quarterly-reports.ts';
import * as kpiResultMonths from './2026-12-07-0300-kpi-result-months.ts';
import * as agreementScoreRollups from './2026-12-07-0400-agreement-score-rollups.ts';
import * as budgetPlansHouseholdProgress from './2026-12-07-0500-budget-plans-household-progress.ts';
import * as quarterlyPeriods from './2026-12-07-0600-quarterly-periods.ts';
import * as meetingMinutes from './2026-12-07-0700-meeting-minutes.ts';
import * as budgetMonthFigures from './2026-12-07-0800-budget-month-figures.ts';
import * as visitPlans from './2026-12-08-0900-visit-plans.ts';
import * as formTemplates from './2026-12-08-1000-form-templates.ts';
import * as followUps from './2026-12-08-1100-follow-ups.ts';
import * as householdPovertyCounts from './2026-12-08-1210-household-poverty-counts.ts';
import * as nationalIndexes from './2026-12-08-1300-national-indexes.ts';
import * as rowVersions from './2026-12-08-1400-row-versions.ts';
import * as loginAttempts from './2026-12-08-1530-login-attempts.ts';
import * as householdDistrictCounts from './2026-12-08-1600-household-district-counts.ts';
import * as rowVersionsUpserts from './2026-12-09-1000-row-versions-upserts.ts';
import * as quarterlyRemovedRegionVersions from './2026-12-10-0900-quarterly-removed-region-versions.ts';
import * as quarterlyRemovedKpiVersions from './2026-12-10-1000-quarterly-removed-kpi-versions.ts';

/** Every migration, in the order it runs. Names are ISO-date prefixed; never edit one after it has landed. */
export const migrations: Record<string, Migration> = {
  '2026-11-21-0900-foundation': foundation,
  '2026-11-21-1200-kpis-agreements': kpisAgreements,
  '2026-11-21-1500-reports': reports,
  '2026-11-21-1600-registers': registers,
  '2026-11-22-0900-womens-fund-portfolio': womensFundPortfolio,
  '2026-11-22-0930-project-photos': projectPhotos,
  '2026-11-22-1000-register-worker': registerWorker,
  '2026-12-06-1000-report-type-versions': reportTypeVersions,
  '2026-12-06-1100-login-hardening': loginHardening,
  '2026-12-07-0200-quarterly-reports': quarterlyReports,
  '2026-12-07-0300-kpi-result-months': kpiResultMonths,
  '2026-12-07-0400-agreement-score-rollups': agreementScoreRollups,
  '2026-12-07-0500-budget-plans-household-progress': budgetPlansHouseholdProgress,
  '2026-12-07-0600-quarterly-periods': quarterlyPeriods,
  '2026-12-07-0700-meeting-minutes': meetingMinutes,
  '2026-12-07-0800-budget-month-figures': budgetMonthFigures,
  '2026-12-08-0900-visit-plans': visitPlans,
  '2026-12-08-1000-form-templates': formTemplates,
  '2026-12-08-1100-follow-ups': followUps,
  '2026-12-08-1210-household-poverty-counts': householdPovertyCounts,
  '2026-12-08-1300-national-indexes': nationalIndexes,
  '2026-12-08-1400-row-versions': rowVersions,
  '2026-12-08-1530-login-attempts': loginAttempts,
  '2026-12-08-1600-household-district-counts': householdDistrictCounts,
  '2026-12-09-1000-row-versions-upserts': rowVersionsUpserts,
  '2026-12-10-0900-quarterly-removed-region-versions': quarterlyRemovedRegionVersions,
  '2026-12-10-1000-quarterly-removed-kpi-versions': quarterlyRemovedKpiVersions,
};
