import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatDate } from '../../../shared/thai-date/format-date';
import { roundLabel } from '../round-label';
import type { KpiSet, Round } from '../types';

type Props = { sets: KpiSet[]; rounds: Round[] };

/** The sets of a year: a table on a desktop, one card per set on a phone (nothing cut off at 390 px). */
export function KpiSetTable({ sets, rounds }: Props) {
  const { t, lang } = useI18n();
  const phone = useMediaQuery('(max-width: 48em)');
  const labelOf = (set: KpiSet) => {
    const round = rounds.find((r) => r.fiscalYear === set.fiscalYear && r.number === set.round);
    return round ? roundLabel(round, lang) : t('kpiSets.roundOption', { number: set.round });
  };
  const link = (set: KpiSet) => (
    <Anchor component={Link} to={`/kpi-sets/${set.id}`} data-testid="kpi-set-link">
      {set.nameTh}
    </Anchor>
  );
  if (phone) {
    return (
      <Stack gap="sm" data-testid="kpi-set-table">
        {sets.map((set) => (
          <Paper key={set.id} withBorder p="sm" data-testid="kpi-set-row" data-id={set.id}>
            <Stack gap={4}>
              {link(set)}
              <Text size="sm" data-testid="kpi-set-round">
                {labelOf(set)}
              </Text>
              <Text size="xs" c="dimmed">
                {set.owner.nameTh} · {t('kpiSets.updated')} {formatDate(set.updatedAt, lang)}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped highlightOnHover data-testid="kpi-set-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('kpiSets.name')}</Table.Th>
          <Table.Th>{t('kpiSets.round')}</Table.Th>
          <Table.Th>{t('kpiSets.owner')}</Table.Th>
          <Table.Th>{t('kpiSets.updated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sets.map((set) => (
          <Table.Tr key={set.id} data-testid="kpi-set-row" data-id={set.id}>
            <Table.Td>{link(set)}</Table.Td>
            <Table.Td data-testid="kpi-set-round">{labelOf(set)}</Table.Td>
            <Table.Td>{set.owner.nameTh}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(set.updatedAt, lang)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
