import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import type { Unit } from '../types';
import { unitName } from '../unit-name';

/** Villages and work groups have no sub-units, so their lists leave that column out. */
function hasSubUnits(unit: Unit): boolean {
  return unit.kind !== 'village' && unit.kind !== 'work_group';
}

export function ChildTable({ units }: { units: Unit[] }) {
  const { t, lang } = useI18n();
  if (units.length === 0) return <Text c="dimmed">{t('units.noChildren')}</Text>;
  const showCount = units.some(hasSubUnits);
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped highlightOnHover data-testid="unit-children">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('common.code')}</Table.Th>
            <Table.Th>{t('common.name')}</Table.Th>
            {showCount && <Table.Th ta="right">{t('units.childCount')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((unit) => (
            <Table.Tr key={unit.code} data-testid="unit-child-row">
              <Table.Td>{unit.code}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/units/${unit.code}`}>
                  {unitName(unit, lang)}
                </Anchor>
              </Table.Td>
              {showCount && <Table.Td ta="right">{formatNumber(unit.childCount)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
