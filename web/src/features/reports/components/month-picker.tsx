import { ActionIcon, Group, NativeSelect } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { currentMonth, monthNames, shiftMonth } from '../../../shared/thai-date/month';

type Props = { value: string; onChange: (month: string) => void };

/** ‹ month · year (B.E.) ›: native selects, so a phone shows its own picker. The value is "YYYY-MM". */
export function MonthPicker({ value, onChange }: Props) {
  const { t, lang } = useI18n();
  const [yearText = '', monthText = '01'] = value.split('-');
  const year = Number(yearText);
  const thisYear = Number(currentMonth().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, index) => thisYear + 1 - index);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => b - a);
  const names = monthNames(lang);

  return (
    <Group gap={6} wrap="nowrap" align="flex-end" data-testid="month-picker" data-month={value}>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={() => onChange(shiftMonth(value, -1))}
        aria-label={t('month.previous')}
        data-testid="month-prev"
      >
        ‹
      </ActionIcon>
      <NativeSelect
        aria-label={t('month.label')}
        value={monthText}
        onChange={(event) => onChange(`${yearText}-${event.currentTarget.value}`)}
        data={names.map((name, index) => ({ value: String(index + 1).padStart(2, '0'), label: name }))}
        w={130}
        data-testid="month-select"
      />
      <NativeSelect
        aria-label={t('month.year')}
        value={yearText}
        onChange={(event) => onChange(`${event.currentTarget.value}-${monthText}`)}
        data={years.map((y) => ({ value: String(y), label: lang === 'th' ? `พ.ศ. ${y + 543}` : String(y) }))}
        w={lang === 'th' ? 110 : 90}
        data-testid="year-select"
      />
      <ActionIcon
        variant="default"
        size="lg"
        onClick={() => onChange(shiftMonth(value, 1))}
        aria-label={t('month.next')}
        data-testid="month-next"
      >
        ›
      </ActionIcon>
    </Group>
  );
}
