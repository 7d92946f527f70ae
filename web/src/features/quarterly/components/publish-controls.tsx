import { Alert, Button, Group, List, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useCurrentUser } from '../../auth/api';
import { useDataQuality, useQuarterStatus, useSetAsOf } from '../api';
import type { QuarterlyReport } from '../types';

/** The department's publish and reopen buttons; publishing lists the data-quality warnings and asks to confirm. */
export function PublishControls({ report }: { report: QuarterlyReport }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [confirming, setConfirming] = useState(false);
  const dq = useDataQuality(report.fiscalYear, report.quarter);
  const status = useQuarterStatus(report.fiscalYear, report.quarter);
  const asOf = useSetAsOf(report.fiscalYear, report.quarter);
  const [date, setDate] = useState(report.asOf ?? '');
  // The version the date field started from: a refetch showing someone else's date does not make it current.
  const [loadedVersion, setLoadedVersion] = useState(report.rowVersion);
  const warnings = dq.data?.violations.length ?? 0;
  const published = report.status === 'published';
  return (
    <Stack gap="xs">
      {published && <Alert data-testid="quarterly-read-only">{t('quarterly.readOnly')}</Alert>}
      {status.isError && <ErrorAlert error={status.error} />}
      {asOf.isError && <ErrorAlert error={asOf.error} />}
      {me.role === 'department_admin' && !published && (
        <Group align="flex-end" gap="sm">
          <ThaiDateInput
            label={t('quarterly.asOfLabel')}
            value={date}
            onChange={setDate}
            maw={220}
            testId="quarterly-as-of-input"
          />
          <Button
            variant="default"
            disabled={date === '' || date === report.asOf}
            loading={asOf.isPending}
            onClick={() =>
              asOf.mutate(
                { asOf: date, rowVersion: loadedVersion },
                { onSuccess: (saved) => setLoadedVersion(saved.rowVersion) },
              )
            }
            data-testid="quarterly-as-of-save"
          >
            {t('quarterly.asOfSave')}
          </Button>
        </Group>
      )}
      {me.role === 'department_admin' && (
        <Group>
          {published ? (
            <Button
              variant="default"
              loading={status.isPending}
              onClick={() => status.mutate('reopen')}
              data-testid="quarterly-reopen"
            >
              {t('quarterly.reopen')}
            </Button>
          ) : (
            <Button
              onClick={() => setConfirming(true)}
              disabled={dq.data === undefined}
              data-testid="quarterly-publish"
            >
              {t('quarterly.publish')}
            </Button>
          )}
        </Group>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('quarterly.publish.confirmTitle')}
      >
        <Stack>
          <Text data-testid="quarterly-publish-warning">
            {warnings > 0
              ? t('quarterly.publish.withWarnings', { count: warnings })
              : t('quarterly.publish.clean')}
          </Text>
          {warnings > 0 && (
            <ScrollArea.Autosize mah={240} type="auto">
              <List size="sm" spacing={4} data-testid="quarterly-publish-warnings">
                {dq.data?.violations.map((v) => (
                  <List.Item key={v.ruleId}>{v.messageTh}</List.Item>
                ))}
              </List>
            </ScrollArea.Autosize>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('quarterly.cancel')}
            </Button>
            <Button
              loading={status.isPending}
              onClick={() => status.mutate('publish', { onSuccess: () => setConfirming(false) })}
              data-testid="quarterly-publish-confirm"
            >
              {t('quarterly.publish.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
