import { todayIso } from '../../shared/thai-date/fiscal-year';
import type { Round } from '../kpis/types';

/**
 * The "ข้อมูล ณ วันที่" a new result starts with: today while the round runs, and the round's last day once it
 * has ended (a result entered in December for the round that ended on 30 September is as of 30 September).
 */
export function defaultResultDate(round: Pick<Round, 'end'> | undefined, today: string = todayIso()): string {
  return round && today > round.end ? round.end : today;
}
