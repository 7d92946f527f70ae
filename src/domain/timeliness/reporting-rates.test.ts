import { describe, expect, it } from 'vitest';
import { reportingRates } from './reporting-rates.ts';
import type { Timeliness } from './timeliness.ts';

const onTimeApproved: Timeliness = {
  status: 'scored',
  firstSubmittedOn: '2025-03-10',
  daysLate: 0,
  returned: false,
  approved: true,
  points: 3,
};
const lateApproved: Timeliness = { ...onTimeApproved, daysLate: 2, points: 1 };
const onTimeReturned: Timeliness = { ...onTimeApproved, returned: true, approved: false, points: 0 };
const pending: Timeliness = { status: 'awaiting-review', firstSubmittedOn: '2025-03-12', daysLate: 2 };
const missing: Timeliness = { status: 'not-submitted' };

describe('reporting rates (DHIS2 style)', () => {
  it('count expected, submitted, on-time and approved reports, as percentages of expected', () => {
    const outcomes = [onTimeApproved, lateApproved, onTimeReturned, pending, missing, missing].map(
      (timeliness) => ({
        timeliness,
      }),
    );
    expect(reportingRates(outcomes)).toEqual({
      expected: 6,
      submitted: 4,
      onTime: 2,
      approved: 2,
      submittedPercent: '66.67',
      onTimePercent: '33.33',
      approvedPercent: '33.33',
    });
  });

  it('are null, not a division by zero, when nothing is expected', () => {
    expect(reportingRates([])).toEqual({
      expected: 0,
      submitted: 0,
      onTime: 0,
      approved: 0,
      submittedPercent: null,
      onTimePercent: null,
      approvedPercent: null,
    });
  });
});
