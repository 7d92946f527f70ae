import { Badge } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import type { ReportState, StateColour } from '../types';

type Props = { state: ReportState; colour: StateColour; short?: boolean; testId?: string };

/** Where a report stands, in the API's colour hint (green 3 points, orange late, red returned or overdue…). */
export function StateBadge({ state, colour, short = false, testId = 'report-state' }: Props) {
  const { t } = useI18n();
  return (
    <Badge
      color={colour}
      variant="light"
      size="lg"
      radius="sm"
      style={{ textTransform: 'none' }}
      data-testid={testId}
      data-state={state}
      data-colour={colour}
    >
      {t(short ? `reportStateShort.${state}` : `reportState.${state}`)}
    </Badge>
  );
}
