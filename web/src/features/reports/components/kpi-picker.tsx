import { Loader, Select, Stack } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useKpiSetDetails, useKpiSets } from '../../kpis/api';

type Props = {
  provinceCode: string;
  /** The department sees every set: keep the province's own. */
  onlyProvince: boolean;
  value: string | null;
  onChange: (kpiId: string | null) => void;
  error?: string;
};

/** A KPI of the province's sets (GET /api/kpi-sets, then each set's KPIs), grouped by set, newest first. */
export function KpiPicker({ provinceCode, onlyProvince, value, onChange, error }: Props) {
  const { t } = useI18n();
  const sets = useKpiSets(null);
  const mine = (sets.data ?? [])
    .filter((set) => !onlyProvince || set.owner.code === provinceCode)
    .sort((a, b) => b.fiscalYear - a.fiscalYear || b.round - a.round);
  const details = useKpiSetDetails(mine.map((set) => set.id));
  const groups = details.flatMap((detail) =>
    detail.data
      ? [
          {
            group: `${detail.data.set.nameTh} (${detail.data.set.round}/${detail.data.set.fiscalYear})`,
            items: detail.data.kpis.map((kpi) => ({
              value: String(kpi.id),
              label: `${kpi.number} ${kpi.nameTh}`,
            })),
          },
        ]
      : [],
  );
  const known = groups.some((group) => group.items.some((item) => item.value === value));
  const data =
    value && !known
      ? [...groups, { group: '—', items: [{ value, label: t('typeForm.kpiN', { id: value }) }] }]
      : groups;
  const loading = sets.isPending || details.some((detail) => detail.isPending);
  const failed = sets.isError ? sets.error : details.find((detail) => detail.isError)?.error;

  return (
    <Stack gap={4}>
      <Select
        label={t('typeForm.kpi')}
        placeholder={t('typeForm.kpiPlaceholder')}
        value={value}
        onChange={onChange}
        data={data}
        searchable
        nothingFoundMessage={loading ? t('common.loading') : t('typeForm.kpiNone')}
        withAsterisk
        error={error}
        comboboxProps={{ width: 'target' }}
        maxDropdownHeight={320}
        rightSection={loading ? <Loader size="xs" aria-label={t('common.loading')} /> : undefined}
        data-testid="type-field-kpi"
      />
      {failed && <ErrorAlert error={failed} withTitle={false} testId="type-field-kpi-error" />}
    </Stack>
  );
}
