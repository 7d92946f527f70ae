import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { regionSystemOf } from '../region-systems';
import type { Unit } from '../types';
import { unitName } from '../unit-name';

type Props = { unit: Unit; groups: Unit[]; linkGroups: boolean };

/** Name, kind and code of the unit; for a province, the regions it belongs to (linked for department-wide users). */
export function UnitHeader({ unit, groups, linkGroups }: Props) {
  const { t, lang } = useI18n();
  const otherName = lang === 'th' ? unit.nameEn : unit.nameTh;
  const system = unit.kind === 'region' ? regionSystemOf(unit.code) : undefined;
  const groupLabel = (group: Unit) => {
    const groupSystem = regionSystemOf(group.code);
    return groupSystem ? `${unitName(group, lang)} (${t(groupSystem.shortLabel)})` : unitName(group, lang);
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge variant="light" data-testid="unit-kind">
          {t(`kind.${unit.kind}`)}
        </Badge>
        {system && <Text size="sm">{t(system.label)}</Text>}
        <Text c="dimmed" size="sm" data-testid="unit-code">
          {t('common.code')} {unit.code}
        </Text>
      </Group>
      <Title order={2} data-testid="unit-name">
        {unitName(unit, lang)}
      </Title>
      {otherName && unit.kind !== 'village' && <Text c="dimmed">{otherName}</Text>}
      {groups.length > 0 && (
        <Group gap="xs">
          <Text size="sm">{t('units.groups')}</Text>
          {groups.map((group) =>
            linkGroups ? (
              <Anchor key={group.code} component={Link} to={`/units/${group.code}`} size="sm">
                {groupLabel(group)}
              </Anchor>
            ) : (
              <Text key={group.code} size="sm">
                {groupLabel(group)}
              </Text>
            ),
          )}
        </Group>
      )}
    </Stack>
  );
}
