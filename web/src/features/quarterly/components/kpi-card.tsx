import { Alert, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { figure, LIGHT_FILL, LIGHT_MANTINE } from '../figures';
import { thresholdCells } from '../threshold-cells';
import type { Difference, QuarterlyKpi, QuarterView } from '../types';

function QuarterCell({ quarter, unit }: { quarter: QuarterView; unit: string }) {
  const { t } = useI18n();
  return (
    <Paper
      withBorder
      p="xs"
      data-testid="quarterly-quarter"
      data-light={quarter.light ?? ''}
      style={{ background: quarter.light ? LIGHT_FILL[quarter.light] : undefined }}
    >
      <Text size="sm" fw={700}>
        {t('quarterly.quarter', { quarter: quarter.quarter })}
      </Text>
      <Text size="sm">
        {quarter.planned === null
          ? t('quarterly.noPlan')
          : `${t('quarterly.planned')} ${figure(quarter.planned)} ${unit}`}
      </Text>
      {quarter.label !== null && (
        <Text size="sm" data-testid="quarterly-adjusted">
          ({quarter.label} {figure(quarter.adjusted)} {unit})
        </Text>
      )}
      <Text size="sm">
        {quarter.result === null
          ? t('quarterly.noResult')
          : `${t('quarterly.result')} ${figure(quarter.result)} ${unit}`}
      </Text>
      {quarter.percent !== null && (
        <Text size="sm" fw={700} data-testid="quarterly-quarter-percent">
          {t('quarterly.percent')} {quarter.percent}
        </Text>
      )}
      {quarter.planned !== null && quarter.adjusted === null && quarter.result !== null && (
        <Text size="xs" c="dimmed">
          {t('quarterly.nothingLeft')}
        </Text>
      )}
    </Paper>
  );
}

function PassFailTable({ kpi }: { kpi: QuarterlyKpi }) {
  const { t } = useI18n();
  if (kpi.threshold === null) return null;
  const cells = thresholdCells(kpi.threshold);
  const passed = kpi.passFail === 'ผ่าน';
  return (
    <Table withTableBorder withColumnBorders fz="sm" data-testid="quarterly-pass-fail">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('quarterly.passFail')}</Table.Th>
          <Table.Th>{t('quarterly.fail')}</Table.Th>
          <Table.Th>{t('quarterly.pass')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Td>
            {t('quarterly.threshold')} ({kpi.unitTh})
          </Table.Td>
          <Table.Td>{cells.fail}</Table.Td>
          <Table.Td>{cells.pass}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Td>{t('quarterly.result')}</Table.Td>
          <Table.Td fw={700} data-testid="quarterly-fail-cell">
            {passed ? '' : figure(kpi.threshold.result)}
          </Table.Td>
          <Table.Td fw={700} data-testid="quarterly-pass-cell">
            {passed ? figure(kpi.threshold.result) : ''}
          </Table.Td>
        </Table.Tr>
        {/* 004 L64: item 2's result row is followed by its parts, "- บ้านมั่นคง 5,588", "- บ้านพอเพียงชนบท 12,550" */}
        {kpi.measures
          .filter((m) => m.role === 'part' && m.target !== null)
          .map((m) => (
            <Table.Tr key={m.nameTh}>
              <Table.Td>- {m.nameTh}</Table.Td>
              <Table.Td>{passed ? '' : figure(m.result)}</Table.Td>
              <Table.Td>{passed ? figure(m.result) : ''}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}

function RegionTable({ kpi }: { kpi: QuarterlyKpi }) {
  const { t } = useI18n();
  const regions = kpi.regions;
  if (regions === null) return null;
  const quarters = (regions.quarterTotals ?? []).map((_, index) => index);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={700}>
        {t('quarterly.regions')} ({kpi.unitTh})
      </Text>
      <Table.ScrollContainer minWidth={quarters.length > 0 ? 560 : 300}>
        <Table withTableBorder withColumnBorders fz="sm" data-testid="quarterly-regions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quarterly.region')}</Table.Th>
              <Table.Th ta="right">{t('quarterly.target')}</Table.Th>
              <Table.Th ta="right">{t('quarterly.result')}</Table.Th>
              <Table.Th ta="right">{t('quarterly.percent')}</Table.Th>
              {quarters.map((q) => (
                <Table.Th key={q} ta="right">
                  {t('quarterly.quarterShort', { quarter: q + 1 })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {regions.rows.map((row) => (
              <Table.Tr key={row.region}>
                <Table.Td>{row.nameTh}</Table.Td>
                <Table.Td ta="right">{figure(row.target)}</Table.Td>
                <Table.Td ta="right">{figure(row.result)}</Table.Td>
                <Table.Td ta="right" style={{ background: row.light ? LIGHT_FILL[row.light] : undefined }}>
                  {row.percent ?? '–'}
                </Table.Td>
                {quarters.map((q) => (
                  <Table.Td key={q} ta="right">
                    {figure(row.quarterResults?.[q] ?? null)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr fw={700} data-testid="quarterly-regions-total">
              <Table.Td>{t('quarterly.total')}</Table.Td>
              <Table.Td ta="right">{figure(regions.sumTargets)}</Table.Td>
              <Table.Td ta="right">{figure(regions.sumResults)}</Table.Td>
              <Table.Td ta="right">{regions.nationalPercent ?? '–'}</Table.Td>
              {quarters.map((q) => (
                <Table.Td key={q} ta="right">
                  {figure(regions.quarterTotals?.[q] ?? null)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {regions.rows
        .filter((row) => row.narrativeTh !== null)
        .map((row) => (
          <Text size="sm" key={row.region} data-testid="quarterly-region-narrative-shown">
            <b>{row.nameTh}:</b> {row.narrativeTh}
          </Text>
        ))}
    </Stack>
  );
}

/** Item 2's 2.1 and 2.2, item 6's organisations, 2.3's achievable target and parts (seed 004 §5.4). */
function MeasureTable({ kpi }: { kpi: QuarterlyKpi }) {
  const { t } = useI18n();
  if (kpi.measures.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table withTableBorder withColumnBorders fz="sm" data-testid="quarterly-measures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('quarterly.measures')}</Table.Th>
            <Table.Th ta="right">{t('quarterly.target')}</Table.Th>
            <Table.Th ta="right">{t('quarterly.result')}</Table.Th>
            <Table.Th ta="right">{t('quarterly.percent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kpi.measures.map((m) => (
            <Table.Tr key={m.nameTh}>
              <Table.Td>
                {m.nameTh}
                <Text size="xs" c="dimmed">
                  {t(`quarterly.measure.${m.role}`)}
                  {m.quarters !== null &&
                    ` · ${m.quarters
                      .filter((q) => q.planned !== null || q.result !== null)
                      .map(
                        (q) =>
                          `${t('quarterly.quarterShort', { quarter: q.quarter })} ${figure(q.planned)}${
                            q.label === null ? '' : ` (${q.label} ${figure(q.adjusted)})`
                          } ${t('quarterly.result')} ${figure(q.result)}`,
                      )
                      .join(' · ')}`}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{m.target === null ? '–' : `${figure(m.target)} ${m.unitTh}`}</Table.Td>
              <Table.Td ta="right">{m.result === null ? '–' : `${figure(m.result)} ${m.unitTh}`}</Table.Td>
              <Table.Td ta="right">{m.percent ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function DifferenceList({ differences }: { differences: Difference[] }) {
  const { t } = useI18n();
  if (differences.length === 0) return null;
  return (
    <Alert color="orange" p="xs" data-testid="quarterly-kpi-differences">
      <Stack gap={2}>
        {differences.map((d) => (
          <Text size="sm" key={`${d.figure}-${d.line}`}>
            {t('quarterly.difference', {
              figure: d.figure,
              printed: d.printed === null ? t('quarterly.blank') : figure(d.printed),
              computed: d.computed === null ? t('quarterly.blank') : figure(d.computed),
            })}{' '}
            {t('quarterly.differenceLine', { line: d.line })}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** One plan item with its KPI: the annual figure, the four quarters, pass/fail, regions, narratives and flags. */
export function KpiCard({
  kpi,
  differences,
  editTo,
}: {
  kpi: QuarterlyKpi;
  differences: Difference[];
  /** Where the department enters this KPI's figures; none when the user may not or the quarter is published. */
  editTo: string | null;
}) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="sm" data-testid="quarterly-kpi" data-kpi={kpi.code}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={700}>
            {kpi.code} {kpi.nameTh}
          </Text>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            {kpi.annualLight !== null && (
              <Badge
                color={LIGHT_MANTINE[kpi.annualLight]}
                variant="filled"
                data-testid="quarterly-annual-light"
              >
                {t(`quarterly.light.${kpi.annualLight}`)}
              </Badge>
            )}
            {editTo !== null && (
              <Button component={Link} to={editTo} size="xs" variant="default" data-testid="quarterly-edit">
                {t('quarterly.edit')}
              </Button>
            )}
          </Group>
        </Group>
        <Paper
          withBorder
          p="xs"
          style={{ background: kpi.annualLight ? LIGHT_FILL[kpi.annualLight] : undefined }}
          data-testid="quarterly-annual"
        >
          <Text size="sm">
            {t('quarterly.annualTarget')} {figure(kpi.annualTarget)} {kpi.unitTh}
          </Text>
          <Text size="sm" fw={700}>
            {kpi.annualResult === null
              ? t('quarterly.noResult')
              : `${t('quarterly.result')} ${figure(kpi.annualResult)} ${kpi.unitTh}`}
            {kpi.annualPercent !== null && ` · ${t('quarterly.percent')} ${kpi.annualPercent}`}
          </Text>
          {kpi.measures
            .filter((m) => m.role === 'achievable' && m.target !== null)
            .map((m) => (
              <Text size="xs" key={m.nameTh} data-testid="quarterly-achievable">
                {t('quarterly.achievableOf', { name: m.nameTh, target: figure(m.target), unit: m.unitTh })}
              </Text>
            ))}
          {kpi.accumulation === 'stock' && (
            <Text size="xs" c="dimmed">
              {t('quarterly.stock')}
            </Text>
          )}
        </Paper>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
          {kpi.quarters.map((quarter) => (
            <QuarterCell key={quarter.quarter} quarter={quarter} unit={kpi.unitTh} />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" style={{ alignItems: 'start' }}>
          <PassFailTable kpi={kpi} />
          {kpi.regions?.quarterTotals == null && <RegionTable kpi={kpi} />}
        </SimpleGrid>
        {kpi.regions?.quarterTotals != null && <RegionTable kpi={kpi} />}
        <MeasureTable kpi={kpi} />
        {kpi.narratives.map((n) => (
          <Text size="sm" key={`${n.kind}-${n.textTh}`} data-testid="quarterly-narrative">
            <b>{t(`quarterly.narrative.${n.kind}`)}:</b> {n.textTh}
          </Text>
        ))}
        <DifferenceList differences={differences} />
      </Stack>
    </Card>
  );
}
