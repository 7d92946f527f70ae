import type { Language } from '../i18n/language';

const timeZone = 'Asia/Bangkok';

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }),
};

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "21 พฤศจิกายน 2569" in Thai (Buddhist Era), "21 November 2026" in English. */
export function formatDate(value: Date | string, lang: Language): string {
  return dateFormats[lang].format(new Date(value));
}

/** "21 พฤศจิกายน 2569 14:05 น." in Thai, "21 November 2026 14:05" in English, Bangkok time. */
export function formatDateTime(value: Date | string, lang: Language): string {
  const date = new Date(value);
  const time = timeFormat.format(date);
  return lang === 'th' ? `${formatDate(date, lang)} ${time} น.` : `${formatDate(date, lang)} ${time}`;
}
