import { describe, expect, it } from 'vitest';
import { checkProjectEvaluation } from './project-evaluation.ts';

// 003 L297: evaluation form with at least 3 photos, within 7 days after the project is completed.
const base = { completedOn: '2022-08-25', submittedOn: null, photos: 3, asOf: '2022-08-26' };

describe('checkProjectEvaluation', () => {
  it('is due 7 calendar days after completion, across a month end', () => {
    expect(checkProjectEvaluation(base).dueDate).toBe('2022-09-01');
    expect(checkProjectEvaluation({ ...base, completedOn: '2024-02-25' }).dueDate).toBe('2024-03-03');
    expect(checkProjectEvaluation({ ...base, completedOn: '2022-12-28' }).dueDate).toBe('2023-01-04');
  });

  it('is on time when submitted on the due date, and 1 day late the day after', () => {
    expect(checkProjectEvaluation({ ...base, submittedOn: '2022-09-01' })).toEqual({
      dueDate: '2022-09-01',
      late: false,
      daysLate: 0,
      missingPhotos: 0,
    });
    expect(checkProjectEvaluation({ ...base, submittedOn: '2022-09-02' })).toMatchObject({
      late: true,
      daysLate: 1,
    });
  });

  it('counts a missing form as late once the data date passes the due date', () => {
    expect(checkProjectEvaluation({ ...base, asOf: '2022-09-01' })).toMatchObject({
      late: false,
      daysLate: 0,
    });
    expect(checkProjectEvaluation({ ...base, asOf: '2022-09-05' })).toMatchObject({
      late: true,
      daysLate: 4,
    });
  });

  it('ignores the data date once the form is in', () => {
    expect(checkProjectEvaluation({ ...base, submittedOn: '2022-08-30', asOf: '2022-12-31' }).late).toBe(
      false,
    );
  });

  it('counts the photos missing to reach 3', () => {
    expect(checkProjectEvaluation({ ...base, photos: 0 }).missingPhotos).toBe(3);
    expect(checkProjectEvaluation({ ...base, photos: 2 }).missingPhotos).toBe(1);
    expect(checkProjectEvaluation({ ...base, photos: 3 }).missingPhotos).toBe(0);
    expect(checkProjectEvaluation({ ...base, photos: 7 }).missingPhotos).toBe(0);
  });

  it('refuses bad dates and photo counts', () => {
    expect(() => checkProjectEvaluation({ ...base, completedOn: '2022-02-29' })).toThrow('completedOn');
    expect(() => checkProjectEvaluation({ ...base, photos: 1.5 })).toThrow('photos');
  });
});
