import { Button, Container, Stack } from '@mantine/core';
import { useRouteError } from 'react-router';
import { useI18n } from '../shared/i18n/language';
import { ErrorAlert } from '../shared/ui/error-alert';

/** Shown instead of a blank page when a screen fails to render. */
export function RouteError() {
  const { t } = useI18n();
  const error = useRouteError();
  return (
    <Container py="xl">
      <Stack align="flex-start">
        <ErrorAlert error={error} />
        <Button component="a" href="/">
          {t('noAccess.home')}
        </Button>
      </Stack>
    </Container>
  );
}
