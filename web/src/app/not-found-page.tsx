import { Button, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../shared/i18n/language';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Stack align="center" py="xl">
      <Title order={2}>{t('notFound.title')}</Title>
      <Button component={Link} to="/">
        {t('noAccess.home')}
      </Button>
    </Stack>
  );
}
