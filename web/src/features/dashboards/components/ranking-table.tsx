import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import type { DistrictRow } from '../types';

/** The districts by rank: score to 4 decimals as the agreement page prints it, and how many KPIs have a result. */
export function RankingTable({ units }: { units: DistrictRow[] }) {
  const { t } = useI18n();
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped withTableBorder data-testid="dash-ranking-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('dash.rank')}</Table.Th>
            <Table.Th>{t('dash.district')}</Table.Th>
            <Table.Th ta="right">{t('dash.score')}</Table.Th>
            <Table.Th ta="right">{t('dash.reported')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => (
            <Table.Tr key={u.agreementId} data-testid="dash-ranking-row" data-unit={u.code}>
              <Table.Td>{u.rank ?? '—'}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/agreements/${u.agreementId}`} size="sm">
                  {u.nameTh}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {u.reported === 0 ? t('dash.noScore') : u.score}
              </Table.Td>
              <Table.Td ta="right">
                {t('dash.reportedOf', { reported: u.reported, expected: u.expected })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
