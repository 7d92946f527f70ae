import { Alert, Badge, Button, Card, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useDataQuality } from '../api';

const importanceColour = { high: 'red', medium: 'orange', low: 'gray' } as const;

/** Every data-quality warning of one report and quarter, each with its Thai message. */
export function DataQualityPage() {
  const { t } = useI18n();
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  const quarter = Number(params.quarter);
  const dq = useDataQuality(fiscalYear, quarter);
  if (dq.isPending) return <PageLoader />;
  if (dq.isError) return <ErrorAlert error={dq.error} />;
  const { violations } = dq.data;
  return (
    <Stack gap="md" maw={1000} data-testid="quarterly-dq-page">
      <Title order={2}>{t('quarterly.dq.title', { title: dq.data.titleTh })}</Title>
      <div>
        <Button component={Link} to={`/quarterly/${fiscalYear}/${quarter}`} variant="default">
          {t('quarterly.dq.back')}
        </Button>
      </div>
      <Alert color={violations.length > 0 ? 'orange' : 'green'} data-testid="quarterly-dq-count">
        {violations.length > 0
          ? t('quarterly.dq.count', { count: violations.length })
          : t('quarterly.dq.none')}
      </Alert>
      {violations.map((v) => (
        <Card key={v.ruleId} withBorder padding="sm" data-testid="quarterly-dq-row" data-rule={v.ruleId}>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('quarterly.dq.check')}: {v.checkTh}{' '}
              <Badge size="sm" variant="light" color={importanceColour[v.importance]}>
                {t('quarterly.dq.importance')} {t(`quarterly.dq.importance.${v.importance}`)}
              </Badge>
            </Text>
            <Text data-testid="quarterly-dq-message">{v.messageTh}</Text>
            {v.lines.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('quarterly.dq.lines', { lines: v.lines.join(', ') })}
              </Text>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
