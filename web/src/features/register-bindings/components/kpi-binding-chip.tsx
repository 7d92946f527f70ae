import { Badge, Button, Group, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatDateTime } from '../../../shared/thai-date/format-date';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import type { RegisterBinding } from '../../registers/types';
import { useRecomputeKpi } from '../api';

type Props = { kpiSetId: number; binding: RegisterBinding; canEdit: boolean };

/**
 * "จากทะเบียน: … · ข้อมูล ณ …" on a KPI whose result comes from a register, with the worker's state after a register
 * write (recomputing, or failed with the reason); set editors may recompute it now.
 */
export function KpiBindingChip({ kpiSetId, binding, canEdit }: Props) {
  const { t, lang } = useI18n();
  const recompute = useRecomputeKpi(kpiSetId);
  return (
    <Group gap="xs" wrap="wrap">
      <Badge
        variant="light"
        color="teal"
        size="sm"
        style={{ textTransform: 'none', maxWidth: '100%', height: 'auto' }}
        styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
        data-testid="kpi-binding-chip"
      >
        {t('binding.chip', { measure: binding.measureLabelTh, date: formatIsoDate(binding.asOf, lang) })}
      </Badge>
      {binding.recompute?.state === 'pending' && (
        <Badge
          variant="light"
          color="yellow"
          size="sm"
          style={{ textTransform: 'none' }}
          data-testid="kpi-binding-pending"
        >
          {t('binding.pending', { time: formatDateTime(binding.recompute.requestedAt, lang) })}
        </Badge>
      )}
      {binding.recompute?.state === 'failed' && (
        <Text size="xs" c="red" data-testid="kpi-binding-failed">
          {t('binding.failed', { error: binding.recompute.error ?? '' })}
        </Text>
      )}
      {canEdit && (
        <Button
          size="compact-xs"
          variant="light"
          loading={recompute.isPending}
          onClick={() => recompute.mutate(binding.kpiId)}
          data-testid="kpi-binding-recompute"
        >
          {t('binding.recompute')}
        </Button>
      )}
      {recompute.isSuccess && (
        <Text size="xs" c="teal" data-testid="kpi-binding-recomputed">
          {t('binding.recomputed', { count: recompute.data.results.length })}
        </Text>
      )}
      {recompute.isError && (
        <ErrorAlert error={recompute.error} withTitle={false} testId="kpi-binding-error" />
      )}
    </Group>
  );
}
