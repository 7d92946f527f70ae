import { Alert } from '@mantine/core';
import { isApiError } from '../api/api-error';
import { useI18n } from '../i18n/language';
import { isStale, StaleAlert } from './stale-alert';

type Props = { error: unknown; withTitle?: boolean; testId?: string };

/** Shows the server's Thai message for a failed request, or a general one when there is none. */
export function ErrorAlert({ error, withTitle = true, testId = 'error-alert' }: Props) {
  const { t } = useI18n();
  if (isStale(error)) return <StaleAlert error={error} />;
  const network = isApiError(error, 0);
  const message =
    isApiError(error) && error.message ? error.message : t(network ? 'error.network' : 'error.generic');
  return (
    <Alert color="red" title={withTitle ? t('error.title') : undefined} data-testid={testId}>
      {message}
    </Alert>
  );
}
