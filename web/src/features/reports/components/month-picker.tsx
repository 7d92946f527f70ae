import { ActionIcon, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { type Language, useI18n } from '../../../shared/i18n/language';
import { currentMonth, monthNames, shiftMonth } from '../../../shared/thai-date/month';

type Props = {
  value: string;
  onChange: (month: string) => void;
  /** Months in which reports were sent, newest first: offered as one-tap choices, their years in the year list. */
  withData?: string[];
};

/** The newest months with data offered as buttons: a phone row holds about six short labels. */
const SHORTCUTS = 6;

const shortMonth: Record<Language, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', {
    timeZone: 'UTC',
    month: 'short',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' }),
};

const formatShort = (month: string, lang: Language) =>
  shortMonth[lang].format(new Date(`${month}-01T00:00:00Z`));

/**
 * ‹ month · year (B.E.) ›: native selects, so a phone shows its own picker. The value is "YYYY-MM". Below it, the
 * months that have reports, so a user lands on data in one tap.
 */
export function MonthPicker({ value, onChange, withData = [] }: Props) {
  const { t, lang } = useI18n();
  const [yearText = '', monthText = '01'] = value.split('-');
  const year = Number(yearText);
  const thisYear = Number(currentMonth().slice(0, 4));
  const years = new Set([
    thisYear + 1,
    thisYear,
    thisYear - 1,
    year,
    ...withData.map((m) => Number(m.slice(0, 4))),
  ]);
  const names = monthNames(lang);
  const shortcuts = withData.slice(0, SHORTCUTS);

  return (
    <Stack gap={6} align="flex-end" data-testid="month-picker" data-month={value}>
      <Group gap={6} wrap="nowrap" align="flex-end">
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
          data={[...years]
            .sort((a, b) => b - a)
            .map((y) => ({ value: String(y), label: lang === 'th' ? `พ.ศ. ${y + 543}` : String(y) }))}
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
      {shortcuts.length > 0 && (
        <Group gap={4} justify="flex-end" wrap="wrap" data-testid="months-with-data">
          <Text size="xs" c="dimmed">
            {t('month.withData')}
          </Text>
          {shortcuts.map((month) => (
            <Button
              key={month}
              size="compact-xs"
              variant={month === value ? 'filled' : 'light'}
              onClick={() => onChange(month)}
              data-testid="month-with-data"
              data-month={month}
            >
              {formatShort(month, lang)}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
