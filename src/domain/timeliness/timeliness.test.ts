import { describe, expect, it } from 'vitest';
import holidayJson from '../../../data/holidays/th-2565-2570.json' with { type: 'json' };
import { holidayCalendar, parseHolidayFile } from '../report-calendar/holiday-file.ts';
import type { DayCounting } from './days-late.ts';
import {
  assessTimeliness,
  isOnTime,
  pointsEarned,
  type Review,
  type SubmissionAttempt,
} from './timeliness.ts';

const working: DayCounting = { kind: 'working', holidays: holidayCalendar(parseHolidayFile(holidayJson)) };

/** A submission at 10:00 Bangkok time on `date`. */
function sent(date: string, review: Review): SubmissionAttempt {
  return { submittedAt: `${date}T10:00:00+07:00`, review };
}

function points(dueDate: string, attempts: SubmissionAttempt[], counting?: DayCounting) {
  return pointsEarned(assessTimeliness(dueDate, attempts, counting));
}

describe('timeliness score (seed 003 item 3.20: 3 / 0 / −1 per day late)', () => {
  const due = '2025-03-10';

  it('gives 3 to a correct report sent on the due date, and to one sent early', () => {
    expect(points(due, [sent('2025-03-10', 'approved')])).toBe(3);
    expect(points(due, [sent('2025-03-05', 'approved')])).toBe(3);
  });

  it('deducts 1 point per day late: 11th → 2, 12th → 1, 13th → 0', () => {
    expect(points(due, [sent('2025-03-11', 'approved')])).toBe(2);
    expect(points(due, [sent('2025-03-12', 'approved')])).toBe(1);
    expect(points(due, [sent('2025-03-13', 'approved')])).toBe(0);
  });

  it('floors at 0: the 14th and later score 0, never negative', () => {
    expect(points(due, [sent('2025-03-14', 'approved')])).toBe(0);
    expect(points(due, [sent('2025-04-30', 'approved')])).toBe(0);
  });

  it('gives 0 to an on-time report that was returned as incorrect', () => {
    const timeliness = assessTimeliness(due, [sent('2025-03-10', 'returned')]);
    expect(timeliness).toEqual({
      status: 'scored',
      firstSubmittedOn: '2025-03-10',
      daysLate: 0,
      returned: true,
      approved: false,
      points: 0,
    });
  });

  it('keeps 0 when a returned report is resubmitted and approved, even before the due date', () => {
    expect(points(due, [sent('2025-03-09', 'returned'), sent('2025-03-10', 'approved')])).toBe(0);
    expect(points(due, [sent('2025-03-12', 'returned'), sent('2025-03-13', 'approved')])).toBe(0);
  });

  it('measures lateness from the first submission, in whatever order the attempts come', () => {
    const late = assessTimeliness(due, [sent('2025-03-20', 'approved'), sent('2025-03-11', 'pending')]);
    expect(late).toMatchObject({ status: 'scored', firstSubmittedOn: '2025-03-11', daysLate: 1, points: 2 });
  });

  it('counts working days when the province chooses them', () => {
    expect(points('2022-09-09', [sent('2022-09-12', 'approved')], working)).toBe(2);
    expect(points('2022-09-09', [sent('2022-09-12', 'approved')])).toBe(0);
    expect(points('2025-02-11', [sent('2025-02-13', 'approved')], working)).toBe(2);
  });

  it('takes the date in Bangkok: 23:59:59 on the due date is on time, midnight is a day late', () => {
    const justInTime = assessTimeliness(due, [{ submittedAt: '2025-03-10T16:59:59Z', review: 'approved' }]);
    const justLate = assessTimeliness(due, [{ submittedAt: '2025-03-10T17:00:00Z', review: 'approved' }]);
    expect(justInTime).toMatchObject({ daysLate: 0, points: 3 });
    expect(justLate).toMatchObject({ daysLate: 1, points: 2 });
  });

  it('waits for the review before scoring', () => {
    const timeliness = assessTimeliness(due, [sent('2025-03-10', 'pending')]);
    expect(timeliness).toEqual({ status: 'awaiting-review', firstSubmittedOn: '2025-03-10', daysLate: 0 });
    expect(pointsEarned(timeliness)).toBe(0);
    expect(isOnTime(timeliness)).toBe(true);
  });

  it('knows a report that was never submitted', () => {
    const timeliness = assessTimeliness(due, []);
    expect(timeliness).toEqual({ status: 'not-submitted' });
    expect(isOnTime(timeliness)).toBe(false);
    expect(pointsEarned(timeliness)).toBe(0);
  });

  it('calls a late report not on time, even when approved', () => {
    expect(isOnTime(assessTimeliness(due, [sent('2025-03-11', 'approved')]))).toBe(false);
  });
});
