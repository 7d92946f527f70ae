import { Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { Timeliness } from '../types';

type Props = { daysLeft: number; timeliness: Timeliness | null; testId?: string };

/** "อีก 3 วัน" / "ครบกำหนดวันนี้" / "เลยกำหนด 2 วัน" until sent; then "ส่งตรงเวลา" or "ส่งช้า 2 วัน". */
export function Countdown({ daysLeft, timeliness, testId = 'countdown' }: Props) {
  const { t } = useI18n();
  if (timeliness && timeliness.status !== 'not-submitted') {
    const late = timeliness.daysLate ?? 0;
    return (
      <Text
        size="sm"
        fw={600}
        c={late > 0 ? 'orange.8' : 'green.8'}
        data-testid={testId}
        data-days-late={late}
      >
        {late > 0 ? t('countdown.sentLate', { days: late }) : t('countdown.sentOnTime')}
      </Text>
    );
  }
  const text =
    daysLeft > 1
      ? t('countdown.left', { days: daysLeft })
      : daysLeft === 1
        ? t('countdown.oneLeft')
        : daysLeft === 0
          ? t('countdown.today')
          : t('countdown.over', { days: -daysLeft });
  const colour = daysLeft < 0 ? 'red.8' : daysLeft <= 3 ? 'orange.8' : 'dimmed';
  return (
    <Text size="sm" fw={600} c={colour} data-testid={testId} data-days-left={daysLeft}>
      {text}
    </Text>
  );
}
