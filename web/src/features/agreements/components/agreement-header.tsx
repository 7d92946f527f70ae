import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { roundLabel } from '../../kpis/round-label';
import type { Round } from '../../kpis/types';
import { agentTitle, principalTitle } from '../pair';
import type { Agreement } from '../types';
import { StatusBadge } from './status-badge';

type Props = { agreement: Agreement; round: Round | undefined; setName: string | undefined };

/** "คำรับรองการปฏิบัติราชการ", the pair, both sides, the round, version and status. */
export function AgreementHeader({ agreement, round, setName }: Props) {
  const { t, lang } = useI18n();
  return (
    <Stack gap={4}>
      {setName && (
        <Anchor
          component={Link}
          to={`/kpi-sets/${agreement.kpiSetId}?tab=agreements`}
          size="sm"
          data-testid="agreement-set-link"
        >
          {setName}
        </Anchor>
      )}
      <Title order={2} data-testid="agreement-title">
        {t('agreement.title')}
      </Title>
      <Text fw={600} data-testid="agreement-pair-label">
        {t(`pair.${agreement.pair}`)}
      </Text>
      <Text data-testid="agreement-parties">
        {t('agreement.between', {
          principal: principalTitle(agreement, lang),
          agent: agentTitle(agreement, lang),
        })}
      </Text>
      {round && (
        <Text size="sm" c="dimmed" data-testid="agreement-round">
          {roundLabel(round, lang)}
        </Text>
      )}
      <Group gap="xs">
        <Badge variant="outline" color="gray" data-testid="agreement-version">
          {t('agreements.versionN', { version: agreement.version })}
        </Badge>
        <StatusBadge status={agreement.status} />
      </Group>
      {agreement.amendmentReason && (
        <Text size="sm" data-testid="agreement-amendment-reason">
          {t('agreement.amendmentReason', { reason: agreement.amendmentReason })}
        </Text>
      )}
      {agreement.status === 'superseded' && (
        <Alert color="gray" p="xs">
          {t('agreement.superseded')}
        </Alert>
      )}
    </Stack>
  );
}
