import { Accordion, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { useCurrentUser } from '../../auth/api';
import { canSeeSetSource } from '../kpi-permissions';
import { roundLabel } from '../round-label';
import type { KpiSetDetail } from '../types';

/** Name, fiscal year, round label with its dates, and the owning office; admins may unfold where the set came from. */
export function KpiSetHeader({ detail }: { detail: KpiSetDetail }) {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const { set, round } = detail;
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/kpis?fiscalYear=${set.fiscalYear}`} size="sm" data-testid="kpi-set-back">
        {t('kpiSet.back')}
      </Anchor>
      <Group gap="xs">
        <Badge variant="light">{t('kpiSet.fiscalYear', { year: set.fiscalYear })}</Badge>
        <Text size="sm" c="dimmed">
          {set.owner.nameTh}
        </Text>
      </Group>
      <Title order={2} data-testid="kpi-set-name">
        {set.nameTh}
      </Title>
      <Text fw={600} data-testid="kpi-set-round-label">
        {roundLabel(round, lang)}
      </Text>
      {set.source && canSeeSetSource(me) && (
        <Accordion variant="contained" chevronPosition="left" data-testid="kpi-set-source">
          <Accordion.Item value="source">
            <Accordion.Control>
              <Text size="sm">{t('kpiSet.source')}</Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} data-testid="kpi-set-source-text">
                {set.source}
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
    </Stack>
  );
}
