import { SegmentedControl } from '@mantine/core';
import { type Language, useI18n } from '../i18n/language';

export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('nav.language')}
      value={lang}
      onChange={(value) => setLang(value as Language)}
      data={[
        { value: 'th', label: 'ไทย' },
        { value: 'en', label: 'EN' },
      ]}
      data-testid="language-toggle"
    />
  );
}
