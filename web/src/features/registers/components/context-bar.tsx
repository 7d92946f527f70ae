import { Button, Group, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { FiscalYearSelect } from '../../../shared/ui/fiscal-year-select';

type Props = {
  unit: string;
  fiscalYear: number;
  /** The fiscal years the register holds for the unit (the current and the selected year are added). */
  years: readonly number[];
  onChange: (changes: Record<string, string>) => void;
  children?: React.ReactNode;
};

/** The unit code and fiscal year of a register screen, kept in the URL. */
export function ContextBar({ unit, fiscalYear, years, onChange, children }: Props) {
  const { t } = useI18n();
  const [code, setCode] = useState(unit);
  useEffect(() => setCode(unit), [unit]);
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
        <FiscalYearSelect
          label={t('reg.fiscalYear')}
          value={fiscalYear}
          years={years}
          onChange={(year) => onChange({ fiscalYear: String(year) })}
          testId="registers-fiscal-year"
        />
        {children}
        <Button type="submit" variant="light" data-testid="registers-show">
          {t('reg.show')}
        </Button>
      </Group>
    </form>
  );
}
