import { TextInput, type TextInputProps } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { dateText, parseDateText } from '../../../../src/domain/calendar/date-text.ts';
import { useI18n } from '../i18n/language';
import { formatIsoDate, formatWeekday } from '../thai-date/month';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'description'> & {
  value: string;
  /** The date as "YYYY-MM-DD", or "" while the box is blank or cannot be read. */
  onChange: (isoDate: string) => void;
  error?: ReactNode;
  testId?: string;
};

/**
 * A date typed the Thai way, "30/9/2568" (B.E.; Thai digits and "2025-09-30" work too), shown back in words under
 * the box ("อ. 30 กันยายน 2568") so a slip is seen before saving. A browser date box would show the Christian year.
 */
export function ThaiDateInput({ value, onChange, error, testId, ...rest }: Props) {
  const { t, lang } = useI18n();
  const buddhistEra = lang === 'th';
  const [text, setText] = useState(() => (value ? dateText(value, buddhistEra) : ''));
  useEffect(() => {
    setText((current) => {
      if ((parseDateText(current) ?? '') === value) return current;
      return value ? dateText(value, buddhistEra) : '';
    });
  }, [value, buddhistEra]);
  const parsed = parseDateText(text);
  const unreadable = text.trim() !== '' && parsed === null;
  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="numeric"
      placeholder={t('date.placeholder')}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(parseDateText(next) ?? '');
      }}
      description={parsed ? `${formatWeekday(parsed, lang)} ${formatIsoDate(parsed, lang)}` : t('date.hint')}
      error={unreadable ? t('date.unreadable') : error}
      data-testid={testId}
    />
  );
}
