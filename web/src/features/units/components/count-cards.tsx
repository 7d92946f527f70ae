import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import type { UnitCounts, UnitKind } from '../types';

const levels: UnitKind[] = ['department', 'region', 'province', 'district', 'subdistrict', 'village'];
const counted = ['province', 'district', 'subdistrict', 'village'] as const;

/** Descendant counts for the levels below the unit, plus work groups where there are any. */
function shownKinds(kind: UnitKind, counts: UnitCounts): (keyof UnitCounts)[] {
  const level = levels.indexOf(kind);
  const below = level < 0 ? [] : counted.filter((countedKind) => levels.indexOf(countedKind) > level);
  return counts.work_group > 0 ? [...below, 'work_group'] : below;
}

export function CountCards({ kind, counts }: { kind: UnitKind; counts: UnitCounts }) {
  const { t } = useI18n();
  const kinds = shownKinds(kind, counts);
  if (kinds.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 2, sm: Math.min(kinds.length, 3), lg: kinds.length }} spacing="sm">
      {kinds.map((countKind) => (
        <Paper key={countKind} withBorder p="md">
          <Text size="sm" c="dimmed">
            {t(`kind.${countKind}`)}
          </Text>
          <Text fz={28} fw={700} lh={1.2} data-testid={`count-${countKind}`}>
            {formatNumber(counts[countKind])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
