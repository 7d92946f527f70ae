import { addDays, daysBetween } from '../calendar/date-arithmetic.ts';
import type { IsoDate } from '../calendar/iso-date.ts';
import { toCount, toDate } from './inputs.ts';

// 003 L297: "ส่งแบบประเมินโครงการตามที่ได้รับอนุมัติจัดสรรงบประมาณทุกโครงการพร้อมภาพถ่าย อย่างน้อย ๓ ภาพ
// และจัดส่งตามกำหนดภายใน ๗ วัน หลังจากดำเนินการแล้วเสร็จ" (repeated at 003 L741).
const DAYS_ALLOWED = 7;
const PHOTOS_REQUIRED = 3;

export interface ProjectEvaluationInput {
  /** The day the project was completed. */
  readonly completedOn: IsoDate;
  /** The day the evaluation form reached the province; null while it has not. */
  readonly submittedOn: IsoDate | null;
  readonly photos: number;
  /** Today, or the data date: an evaluation not yet submitted is late once this passes the due date. */
  readonly asOf: IsoDate;
}

export interface ProjectEvaluationCheck {
  /** The last day on time: completion + 7 calendar days. */
  readonly dueDate: IsoDate;
  readonly late: boolean;
  /** Calendar days after the due date, up to the submission or, while not submitted, up to `asOf`. */
  readonly daysLate: number;
  /** Photos still missing to reach 3; 0 when there are enough. */
  readonly missingPhotos: number;
}

/** Whether a project evaluation form is on time and has its photos (a calendar-day reading of "ภายใน ๗ วัน"). */
export function checkProjectEvaluation(input: ProjectEvaluationInput): ProjectEvaluationCheck {
  const dueDate = addDays(toDate(input.completedOn, 'completedOn'), DAYS_ALLOWED);
  const reference =
    input.submittedOn === null ? toDate(input.asOf, 'asOf') : toDate(input.submittedOn, 'submittedOn');
  const daysLate = Math.max(0, daysBetween(dueDate, reference));
  return {
    dueDate,
    late: daysLate > 0,
    daysLate,
    missingPhotos: Math.max(0, PHOTOS_REQUIRED - toCount(input.photos, 'photos')),
  };
}
