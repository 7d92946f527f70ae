import { Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../i18n/language';

/** Shown when the server answers 403 for a page's main resource. */
export function NoAccess({ unitName }: { unitName: string }) {
  const { t } = useI18n();
  return (
    <Center py="xl">
      <Paper withBorder p="xl" radius="md" maw={480} data-testid="no-access">
        <Stack align="center" gap="md" ta="center">
          <Title order={2}>{t('noAccess.title')}</Title>
          <Text>{t('noAccess.text', { unit: unitName })}</Text>
          <Button component={Link} to="/">
            {t('noAccess.home')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
