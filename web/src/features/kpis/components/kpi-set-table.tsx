import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatDate } from '../../../shared/thai-date/format-date';
import { roundLabel } from '../round-label';
import type { KpiSet, Round } from '../types';

type Props = { sets: KpiSet[]; rounds: Round[] };

export function KpiSetTable({ sets, rounds }: Props) {
  const { t, lang } = useI18n();
  const labelOf = (set: KpiSet) => {
    const round = rounds.find((r) => r.fiscalYear === set.fiscalYear && r.number === set.round);
    return round ? roundLabel(round, lang) : t('kpiSets.roundOption', { number: set.round });
  };
  return (
    <Table.ScrollContainer minWidth={640}>
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
              <Table.Td>
                <Anchor component={Link} to={`/kpi-sets/${set.id}`} data-testid="kpi-set-link">
                  {set.nameTh}
                </Anchor>
              </Table.Td>
              <Table.Td data-testid="kpi-set-round">{labelOf(set)}</Table.Td>
              <Table.Td>
                {set.owner.nameTh}{' '}
                <Text span size="xs" c="dimmed">
                  {set.owner.code}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(set.updatedAt, lang)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
