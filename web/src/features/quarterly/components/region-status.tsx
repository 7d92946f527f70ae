import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { useRegionStatus } from '../api';

/** Which CODI region offices have entered their figures for the quarter, each opening its entry page. */
export function RegionStatusTable({ fiscalYear, quarter }: { fiscalYear: number; quarter: number }) {
  const { t, lang } = useI18n();
  const status = useRegionStatus(fiscalYear, quarter);
  if (status.data === undefined) return null;
  const { regions, ownRegion } = status.data;
  if (regions.every((r) => r.expected === 0)) return null;
  const own = regions.find((r) => r.region === ownRegion);
  return (
    <Stack gap="xs">
      {own !== undefined && (
        <Button
          component={Link}
          to={`/quarterly/${fiscalYear}/${quarter}/regions/${own.region}`}
          data-testid="quarterly-region-own"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('quarterly.regionEnterOwn', { region: own.nameTh })}
        </Button>
      )}
      <Title order={3} size="h5">
        {t('quarterly.regionStatus')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder fz="sm" data-testid="quarterly-region-status">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quarterly.region')}</Table.Th>
              <Table.Th>{t('quarterly.regionState')}</Table.Th>
              <Table.Th>{t('quarterly.regionLast')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {regions.map((r) => (
              <Table.Tr key={r.region} data-region={r.region}>
                <Table.Td>{r.nameTh}</Table.Td>
                <Table.Td>
                  {r.expected === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('quarterly.regionNone')}
                    </Text>
                  ) : (
                    <Badge variant="light" color={r.complete ? 'green' : 'orange'}>
                      {r.complete ? t('quarterly.regionComplete') : t('quarterly.regionPending')} ·{' '}
                      {t('quarterly.regionEntered', { entered: r.entered, expected: r.expected })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {r.lastEnteredAt === null ? '–' : formatIsoDate(r.lastEnteredAt.slice(0, 10), lang)}
                </Table.Td>
                <Table.Td>
                  {r.expected > 0 && (
                    <Button
                      component={Link}
                      to={`/quarterly/${fiscalYear}/${quarter}/regions/${r.region}`}
                      size="xs"
                      variant="default"
                    >
                      {t('quarterly.regionOpen')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
