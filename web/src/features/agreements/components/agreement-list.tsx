import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useAgreements } from '../api';
import { agentTitle } from '../pair';
import type { AgreementSummary } from '../types';
import { StatusBadge } from './status-badge';
import { WeightChecks } from './weight-checks';

type Props = { kpiSetId: number; canEdit: boolean };

/** One agreement as a card on a phone: who, the pair, version and status, score, results reported, weights. */
function AgreementCard({ agreement: a }: { agreement: AgreementSummary }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder p="sm" data-testid="agreement-row" data-id={a.id}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/agreements/${a.id}`} fw={600} data-testid="agreement-link">
            {agentTitle(a, lang)}
          </Anchor>
          <StatusBadge status={a.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`pair.${a.pair}`)} · {t('agreements.versionN', { version: a.version })}
        </Text>
        <SimpleGrid cols={2} spacing="xs">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('agreements.score')}
            </Text>
            <Text ff="monospace" fw={700} data-testid="agreement-score">
              {a.score ?? '—'}
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('agreements.reported')}
            </Text>
            <Text size="sm" data-testid="agreement-reported">
              {t('agreements.reportedN', { reported: a.reported, expected: a.expected })}
            </Text>
          </Stack>
        </SimpleGrid>
        {a.unscorable > 0 && (
          <Text size="xs" c="red" data-testid="agreement-unscorable">
            {t('agreement.unscorable', { count: a.unscorable })}
          </Text>
        )}
        <WeightChecks checks={a.weightChecks} />
      </Stack>
    </Paper>
  );
}

/** The คำรับรอง tab of a KPI set: every agreement of the user's scope, newest version first per agent. */
export function AgreementList({ kpiSetId, canEdit }: Props) {
  const { t, lang } = useI18n();
  const agreements = useAgreements(kpiSetId);
  const cards = useMediaQuery('(max-width: 48em)');

  return (
    <Stack gap="md">
      {canEdit && (
        <Group>
          <Button component={Link} to={`/kpi-sets/${kpiSetId}/agreements/new`} data-testid="agreement-new">
            {t('agreements.new')}
          </Button>
        </Group>
      )}
      {agreements.isPending && <PageLoader />}
      {agreements.isError && <ResourceError error={agreements.error} />}
      {agreements.data?.length === 0 && (
        <Text c="dimmed" data-testid="agreements-empty">
          {t('agreements.empty')}
        </Text>
      )}
      {cards &&
        agreements.data?.map((agreement) => <AgreementCard key={agreement.id} agreement={agreement} />)}
      {!cards && agreements.data && agreements.data.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table
            striped
            highlightOnHover
            data-testid="agreement-table"
            styles={{ th: { whiteSpace: 'nowrap' } }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.agent')}</Table.Th>
                <Table.Th>{t('agreements.pair')}</Table.Th>
                <Table.Th>{t('agreements.version')}</Table.Th>
                <Table.Th miw={110}>{t('agreements.status')}</Table.Th>
                <Table.Th ta="right">{t('agreements.score')}</Table.Th>
                <Table.Th ta="center">{t('agreements.reported')}</Table.Th>
                <Table.Th>{t('agreements.weights')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreements.data.map((a) => (
                <Table.Tr key={a.id} data-testid="agreement-row" data-id={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/agreements/${a.id}`} data-testid="agreement-link">
                      {agentTitle(a, lang)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {a.agent.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`pair.${a.pair}`)}</Table.Td>
                  <Table.Td ta="center">{a.version}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace" data-testid="agreement-score">
                    {a.score ?? '—'}
                  </Table.Td>
                  <Table.Td ta="center" data-testid="agreement-reported">
                    {t('agreements.reportedN', { reported: a.reported, expected: a.expected })}
                    {a.unscorable > 0 && (
                      <Text size="xs" c="red" data-testid="agreement-unscorable">
                        {t('agreement.unscorable', { count: a.unscorable })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <WeightChecks checks={a.weightChecks} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
