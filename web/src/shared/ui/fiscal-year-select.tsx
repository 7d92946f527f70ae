import { Select } from '@mantine/core';
import { useI18n } from '../i18n/language';
import { fiscalYearOf } from '../thai-date/fiscal-year';

type Props = {
  value: number;
  onChange: (fiscalYear: number) => void;
  /** The fiscal years (B.E.) that have data for what the page shows; the current year and the selected one are always listed. */
  years: readonly number[];
  label?: string;
  testId?: string;
};

/** A fiscal-year picker offering the years that have data, newest first: never a year range nobody filled. */
export function FiscalYearSelect({ value, onChange, years, label, testId = 'fiscal-year-select' }: Props) {
  const { t } = useI18n();
  const listed = [...new Set([...years, fiscalYearOf(), value])].sort((a, b) => b - a);
  return (
    <Select
      label={label ?? t('kpiSets.fiscalYear')}
      value={String(value)}
      onChange={(year) => year && onChange(Number(year))}
      data={listed.map((year) => ({ value: String(year), label: t('kpiSets.fiscalYearOption', { year }) }))}
      allowDeselect={false}
      w={{ base: '100%', xs: 240 }}
      data-testid={testId}
    />
  );
}
