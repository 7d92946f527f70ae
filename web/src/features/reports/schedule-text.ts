import type { MessageKey } from '../../shared/i18n/dictionary';
import type { Language } from '../../shared/i18n/language';
import { formatIsoDate } from '../../shared/thai-date/month';
import type { Schedule } from './types';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "ทุกเดือน ภายในวันที่ 10 ของเดือนที่รายงาน", "ครั้งเดียว ภายใน 31 สิงหาคม 2568". */
export function scheduleText(schedule: Schedule, t: T, lang: Language): string {
  if (schedule.frequency === 'once')
    return t('types.onceDue', { date: formatIsoDate(schedule.onceDate, lang) });
  const when = t(`types.when.${schedule.dueMonth}`);
  return t(schedule.frequency === 'monthly' ? 'types.monthlyDue' : 'types.quarterlyDue', {
    day: schedule.dueDay,
    when,
  });
}
