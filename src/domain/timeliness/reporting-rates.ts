import { type PercentString, percentOf } from './percent.ts';
import { isOnTime, type ReportOutcome } from './timeliness.ts';

/** DHIS2 reporting-rate summary (anchors.md §1.1): expected, actual and on-time reports, plus approvals. */
export interface ReportingRates {
  readonly expected: number;
  readonly submitted: number;
  readonly onTime: number;
  readonly approved: number;
  readonly submittedPercent: PercentString | null;
  readonly onTimePercent: PercentString | null;
  readonly approvedPercent: PercentString | null;
}

/**
 * Rates over a set of expected reports, usually one province's units × the report types due in one month.
 * Every percentage is of the expected count; with nothing expected the percentages are null.
 */
export function reportingRates(outcomes: readonly Pick<ReportOutcome, 'timeliness'>[]): ReportingRates {
  const expected = outcomes.length;
  const submitted = outcomes.filter(({ timeliness }) => timeliness.status !== 'not-submitted').length;
  const onTime = outcomes.filter(({ timeliness }) => isOnTime(timeliness)).length;
  const approved = outcomes.filter(
    ({ timeliness }) => timeliness.status === 'scored' && timeliness.approved,
  ).length;
  return {
    expected,
    submitted,
    onTime,
    approved,
    submittedPercent: percentOf(submitted, expected),
    onTimePercent: percentOf(onTime, expected),
    approvedPercent: percentOf(approved, expected),
  };
}
