import { Button, Group, Select, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { fiscalYearOf } from '../../../shared/thai-date/fiscal-year';

type Props = {
  unit: string;
  fiscalYear: number;
  onChange: (changes: Record<string, string>) => void;
  children?: React.ReactNode;
};

/** The unit code and fiscal year of a register screen, kept in the URL. */
export function ContextBar({ unit, fiscalYear, onChange, children }: Props) {
  const { t } = useI18n();
  const [code, setCode] = useState(unit);
  useEffect(() => setCode(unit), [unit]);
  const current = fiscalYearOf();
  const years = Array.from({ length: 6 }, (_, i) => current + 1 - i);
  if (!years.includes(fiscalYear)) years.push(fiscalYear);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ unit: code.trim() });
  };
  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('reg.unit')}
          description={t('reg.unitHelp')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          w={{ base: '100%', xs: 200 }}
          data-testid="registers-unit"
        />
        <Select
          label={t('reg.fiscalYear')}
          value={String(fiscalYear)}
          onChange={(year) => year && onChange({ fiscalYear: year })}
          data={years
            .sort((a, b) => b - a)
            .map((year) => ({ value: String(year), label: t('reg.fiscalYearOption', { year }) }))}
          allowDeselect={false}
          w={{ base: '100%', xs: 160 }}
          data-testid="registers-fiscal-year"
        />
        {children}
        <Button type="submit" variant="light" data-testid="registers-show">
          {t('reg.show')}
        </Button>
      </Group>
    </form>
  );
}
