import { Center, Loader } from '@mantine/core';
import { useI18n } from '../i18n/language';

export function PageLoader() {
  const { t } = useI18n();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
