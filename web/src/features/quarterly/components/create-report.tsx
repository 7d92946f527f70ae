import { Button, Group, NumberInput, Paper, Radio, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useCreateReport } from '../api';

/** The department creates a quarter's report: from the one before (its structure and targets) or from nothing. */
export function CreateReportForm({
  fiscalYear,
  quarter,
  hasEarlier,
  onCancel,
}: {
  fiscalYear: number;
  quarter: number;
  hasEarlier: boolean;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateReport();
  const [year, setYear] = useState<number | string>(fiscalYear);
  const [q, setQ] = useState(String(quarter));
  const [from, setFrom] = useState<'previous' | 'empty'>(hasEarlier ? 'previous' : 'empty');
  const submit = () =>
    create.mutate(
      { fiscalYear: Number(year), quarter: Number(q), from },
      { onSuccess: (report) => navigate(`/quarterly/${report.fiscalYear}/${report.quarter}`) },
    );
  return (
    <Paper withBorder p="sm" data-testid="quarterly-create">
      <Stack gap="sm">
        {create.isError && <ErrorAlert error={create.error} />}
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('quarterly.createYear')}
            value={year}
            onChange={setYear}
            min={2500}
            max={2700}
            allowDecimal={false}
            maw={180}
            data-testid="quarterly-create-year"
          />
          <Select
            label={t('quarterly.createQuarter')}
            data={[1, 2, 3, 4].map((n) => ({
              value: String(n),
              label: t('quarterly.quarterShort', { quarter: n }),
            }))}
            value={q}
            onChange={(value) => value && setQ(value)}
            allowDeselect={false}
            maw={160}
            data-testid="quarterly-create-quarter"
          />
        </Group>
        <Radio.Group
          label={t('quarterly.createFrom')}
          value={from}
          onChange={(value) => setFrom(value === 'empty' ? 'empty' : 'previous')}
        >
          <Stack gap={6} mt={4}>
            {hasEarlier && (
              <Radio
                value="previous"
                label={t('quarterly.createFromPrevious')}
                data-testid="quarterly-create-previous"
              />
            )}
            <Radio
              value="empty"
              label={t('quarterly.createFromEmpty')}
              data-testid="quarterly-create-empty"
            />
          </Stack>
        </Radio.Group>
        <Group gap="sm">
          <Button onClick={submit} loading={create.isPending} data-testid="quarterly-create-submit">
            {t('quarterly.createSubmit')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('quarterly.createCancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The quarter after a report's: Q4 is followed by Q1 of the next fiscal year. */
export function nextQuarter(fiscalYear: number, quarter: number): { fiscalYear: number; quarter: number } {
  return quarter === 4 ? { fiscalYear: fiscalYear + 1, quarter: 1 } : { fiscalYear, quarter: quarter + 1 };
}
