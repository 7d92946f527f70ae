import { Alert, Button, Text } from '@mantine/core';
import { type ApiError, isApiError } from '../api/api-error';
import { useI18n } from '../i18n/language';

/** A save refused because the record was saved by someone else after this page loaded it (409 `stale`). */
export function isStale(error: unknown): error is ApiError {
  return isApiError(error, 409) && error.code === 'stale';
}

/**
 * The server's Thai message (who saved, when) with one action: "โหลดข้อมูลล่าสุด" loads the page again. The page's
 * context is in its URL (unit, year, month, record), so it reopens on the same record, and every form on it starts
 * again from the version now stored and sends that one with its next save. One place for every edit form: it is
 * what ErrorAlert shows for a 409 `stale`, so a form needs nothing beyond sending the rowVersion it loaded.
 */
export function StaleAlert({ error }: { error: ApiError }) {
  const { t } = useI18n();
  return (
    <Alert color="orange" title={t('stale.title')} data-testid="stale-alert">
      <Text size="sm" data-testid="stale-message">
        {error.message}
      </Text>
      <Button
        size="xs"
        mt="xs"
        variant="light"
        onClick={() => window.location.reload()}
        data-testid="stale-reload"
      >
        {t('stale.reload')}
      </Button>
    </Alert>
  );
}
