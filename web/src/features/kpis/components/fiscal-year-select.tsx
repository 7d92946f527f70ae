import { Select } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { fiscalYearOf } from '../../../shared/thai-date/fiscal-year';

type Props = { value: number; onChange: (fiscalYear: number) => void; label?: string; testId?: string };

/** Fiscal years (B.E.) from next year back eight years; the selected one is always listed. */
export function FiscalYearSelect({ value, onChange, label, testId = 'fiscal-year-select' }: Props) {
  const { t } = useI18n();
  const current = fiscalYearOf();
  const years = Array.from({ length: 9 }, (_, index) => current + 1 - index);
  if (!years.includes(value)) years.push(value);
  return (
    <Select
      label={label ?? t('kpiSets.fiscalYear')}
      value={String(value)}
      onChange={(year) => year && onChange(Number(year))}
      data={years
        .sort((a, b) => b - a)
        .map((year) => ({ value: String(year), label: t('kpiSets.fiscalYearOption', { year }) }))}
      allowDeselect={false}
      w={{ base: '100%', xs: 240 }}
      data-testid={testId}
    />
  );
}
