import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { todayIso } from '../../../shared/thai-date/fiscal-year';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import type { Kpi } from '../../kpis/types';
import type { RegisterBinding } from '../../registers/types';
import { useBindKpi, useRegisterMeasures, useUnbindKpi } from '../api';

type Props = { kpiSetId: number; kpi: Kpi; binding: RegisterBinding | undefined };

/**
 * "รับผลจากทะเบียน": the registers whose inputs the card's formula uses, and the data date. Saving binds the KPI
 * and computes every agent's result at once; unbinding keeps the results already saved. It sends the binding's
 * version as the form opened (0 when unbound), then each own save's, with a save and with the unbinding: one over
 * someone else's is refused and ErrorAlert shows it as StaleAlert.
 */
export function KpiBindingForm({ kpiSetId, kpi, binding }: Props) {
  const { t } = useI18n();
  const measures = useRegisterMeasures();
  const bind = useBindKpi(kpiSetId);
  const unbind = useUnbindKpi(kpiSetId);
  const [measure, setMeasure] = useState<string | null>(binding?.measure ?? null);
  const [asOf, setAsOf] = useState(binding?.asOf ?? todayIso());
  const [loadedVersion, setLoadedVersion] = useState(binding?.rowVersion ?? 0);
  const inputs = new Set(kpi.formula?.inputs.map((i) => i.id) ?? []);
  const fitting = (measures.data ?? []).filter((m) => m.inputs.every((id) => inputs.has(id)));

  if (measures.isSuccess && fitting.length === 0) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!measure) return;
    bind.mutate(
      { kpiId: kpi.id, measure, asOf, rowVersion: loadedVersion },
      { onSuccess: (saved) => setLoadedVersion(saved.rowVersion) },
    );
  };

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} data-testid="kpi-binding-form">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('binding.formTitle')}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('binding.measure')}
            data={fitting.map((m) => ({ value: m.measure, label: m.labelTh }))}
            value={measure}
            onChange={setMeasure}
            required
            style={{ flex: 1, minWidth: 240 }}
            error={fieldError(bind.error, 'measure')}
            data-testid="kpi-binding-measure"
          />
          <ThaiDateInput
            label={t('binding.asOf')}
            value={asOf}
            onChange={setAsOf}
            required
            w={200}
            error={fieldError(bind.error, 'asOf')}
            testId="kpi-binding-as-of"
          />
          <Button
            type="submit"
            size="sm"
            loading={bind.isPending}
            disabled={!measure}
            data-testid="kpi-binding-save"
          >
            {t('binding.save')}
          </Button>
          {binding && (
            <Button
              size="sm"
              variant="subtle"
              color="red"
              loading={unbind.isPending}
              onClick={() =>
                unbind.mutate(
                  { kpiId: kpi.id, rowVersion: loadedVersion },
                  { onSuccess: () => setLoadedVersion(0) },
                )
              }
              data-testid="kpi-binding-remove"
            >
              {t('binding.remove')}
            </Button>
          )}
        </Group>
        {bind.isSuccess && (
          <Text size="xs" c="teal" data-testid="kpi-binding-saved">
            {t('binding.recomputed', { count: bind.data.results.length })}
          </Text>
        )}
        {bind.isError && !fieldError(bind.error, 'measure') && (
          <ErrorAlert error={bind.error} withTitle={false} testId="kpi-binding-form-error" />
        )}
        {unbind.isError && (
          <ErrorAlert error={unbind.error} withTitle={false} testId="kpi-binding-remove-error" />
        )}
      </Stack>
    </Paper>
  );
}
