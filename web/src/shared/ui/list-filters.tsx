import { Group, Input, SegmentedControl, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/language';

/** The search box and filters above a register's table, one column on a phone. */
export function ListFilters({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" data-testid={testId}>
      {children}
    </Group>
  );
}

/** How many rows the search shows of the register's whole, while the figures above still count them all. */
export function MatchCount({ matched, total, testId }: { matched: number; total: number; testId: string }) {
  const { t } = useI18n();
  return (
    <Text size="sm" c="dimmed" data-testid={testId} data-matched={matched}>
      {t('reg.matched', { matched, total })}
    </Text>
  );
}

export function NoMatch({ testId }: { testId: string }) {
  const { t } = useI18n();
  return (
    <Text c="dimmed" size="sm" data-testid={testId}>
      {t('reg.noMatch')}
    </Text>
  );
}

type ChoiceProps = {
  label: string;
  /** '' for no filter. */
  value: string;
  onChange: (value: string) => void;
  testId: string;
};

/** A few choices side by side, the first ('') meaning no filter. */
export function ChoiceFilter({
  label,
  value,
  onChange,
  testId,
  options,
}: ChoiceProps & { options: { value: string; label: string }[] }) {
  return (
    <Input.Wrapper label={label} labelElement="div">
      <div>
        <SegmentedControl value={value} onChange={onChange} data={options} data-testid={testId} />
      </div>
    </Input.Wrapper>
  );
}

/** A yes/no filter kept in the URL as 'true', 'false' or nothing (both). */
export function YesNoFilter(props: ChoiceProps) {
  const { t } = useI18n();
  return (
    <ChoiceFilter
      {...props}
      options={[
        { value: '', label: t('reg.all') },
        { value: 'true', label: t('reg.yes') },
        { value: 'false', label: t('reg.no') },
      ]}
    />
  );
}

/** A URL parameter when it is one of `allowed`, else nothing. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}
