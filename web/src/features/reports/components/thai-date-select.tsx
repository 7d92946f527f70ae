import { Group, NativeSelect } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { todayIso } from '../../../shared/thai-date/fiscal-year';
import { monthNames } from '../../../shared/thai-date/month';

type Props = {
  label: string;
  value: string;
  onChange: (isoDate: string) => void;
  error?: string;
  testId: string;
};

/** A date as day · Thai month · B.E. year (a native date input would show the Christian year). Value "YYYY-MM-DD". */
export function ThaiDateSelect({ label, value, onChange, error, testId }: Props) {
  const { t, lang } = useI18n();
  const [yearText, monthText, dayText] = (value || todayIso()).split('-');
  const thisYear = Number(todayIso().slice(0, 4));
  const years = Array.from({ length: 4 }, (_, index) => thisYear - 1 + index);
  const set = (year = yearText, month = monthText, day = dayText) => {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    const safeDay = String(Math.min(Number(day), last)).padStart(2, '0');
    onChange(`${year}-${month}-${safeDay}`);
  };
  return (
    <div data-testid={testId} data-value={value}>
      <Group gap={6} align="flex-end" wrap="wrap">
        <NativeSelect
          label={label}
          aria-label={t('typeForm.day')}
          value={dayText}
          onChange={(event) => set(yearText, monthText, event.currentTarget.value)}
          data={Array.from({ length: 31 }, (_, index) => String(index + 1).padStart(2, '0')).map((day) => ({
            value: day,
            label: String(Number(day)),
          }))}
          w={80}
          error={error ? ' ' : undefined}
        />
        <NativeSelect
          aria-label={t('month.label')}
          value={monthText}
          onChange={(event) => set(yearText, event.currentTarget.value, dayText)}
          data={monthNames(lang).map((name, index) => ({
            value: String(index + 1).padStart(2, '0'),
            label: name,
          }))}
          w={130}
        />
        <NativeSelect
          aria-label={t('month.year')}
          value={yearText}
          onChange={(event) => set(event.currentTarget.value, monthText, dayText)}
          data={years.map((year) => ({
            value: String(year),
            label: lang === 'th' ? `พ.ศ. ${year + 543}` : String(year),
          }))}
          w={110}
        />
      </Group>
      {error && (
        <div style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-xs)' }}>
          {error}
        </div>
      )}
    </div>
  );
}
