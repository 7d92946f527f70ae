import { Anchor, Group, Loader, Paper, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useUnits } from '../api';
import type { Unit } from '../types';
import { unitName } from '../unit-name';

/** Each region with its member provinces. */
export function RegionGroups({ regions }: { regions: Unit[] }) {
  const { t, lang } = useI18n();
  const details = useUnits(regions.map((region) => region.code));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {regions.map((region, index) => {
        const detail = details[index];
        return (
          <Paper key={region.code} withBorder p="md" data-testid="region-group">
            <Group justify="space-between" mb="xs">
              <Anchor component={Link} to={`/units/${region.code}`} fw={600}>
                {unitName(region, lang)}
              </Anchor>
              {detail?.data && (
                <Text size="sm" c="dimmed">
                  {t('units.regionProvinces', { count: formatNumber(detail.data.children.length) })}
                </Text>
              )}
            </Group>
            {detail?.isPending && <Loader size="sm" />}
            {detail?.isError && <ErrorAlert error={detail.error} withTitle={false} />}
            <Group gap="xs">
              {detail?.data?.children.map((province) => (
                <Anchor key={province.code} component={Link} to={`/units/${province.code}`} size="sm">
                  {unitName(province, lang)}
                </Anchor>
              ))}
            </Group>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
