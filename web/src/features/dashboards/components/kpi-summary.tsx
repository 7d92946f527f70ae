import { Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { resultValueText } from '../../../shared/i18n/number';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { type KpiDashboard, LIGHT_COLOURS, STATUS_COLOURS } from '../kpi-api';

function Card({ label, children, testId }: { label: string; children: React.ReactNode; testId: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** The four figures of the page: latest result, level and score, % of target with its light, the forecast. */
export function KpiSummary({ data }: { data: KpiDashboard }) {
  const { t, lang } = useI18n();
  const unit = data.kpi.unitOfMeasure ?? '';
  const { current, percent, forecast } = data;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <Card label={t('kpiDash.current')} testId="kpi-dash-current">
        {current?.value != null ? (
          <>
            <Text fw={700} size="xl">
              {resultValueText(current.value)} {unit}
            </Text>
            <Text size="sm">{t('kpiDash.asOf', { date: formatIsoDate(current.asOf, lang) })}</Text>
          </>
        ) : (
          <Text size="sm">{t('kpiDash.noResult')}</Text>
        )}
      </Card>
      <Card label={t('kpiDash.level')} testId="kpi-dash-level">
        <Text fw={700} size="xl">
          {current?.level == null
            ? t('kpiDash.noLevel')
            : t('kpiDash.levelValue', { level: current.level, score: current.score ?? '' })}
        </Text>
      </Card>
      <Card label={t('kpiDash.percent')} testId="kpi-dash-percent">
        {percent.kind === 'percent' ? (
          <Group gap="xs">
            <Text fw={700} size="xl">
              {percent.percent}%
            </Text>
            <Badge
              size="lg"
              style={{
                background: LIGHT_COLOURS[percent.light].background,
                color: LIGHT_COLOURS[percent.light].color,
              }}
              data-testid="kpi-dash-light"
            >
              {t(`kpiDash.light.${percent.light}`)}
            </Badge>
          </Group>
        ) : (
          <Text size="sm" data-testid="kpi-dash-no-light">
            {percent.reasonTh}
          </Text>
        )}
      </Card>
      <Card label={t('kpiDash.forecast')} testId="kpi-dash-forecast">
        {forecast.kind === 'linear' ? (
          <Group gap="xs">
            <Text fw={700} size="xl">
              {forecast.value} {unit}
            </Text>
            <Badge size="lg" color={STATUS_COLOURS[forecast.status]} data-testid="kpi-dash-status">
              {t(`kpiDash.status.${forecast.status}`)}
            </Badge>
          </Group>
        ) : (
          <Text size="sm">{forecast.reasonTh}</Text>
        )}
      </Card>
    </SimpleGrid>
  );
}

/** The forecast's method in plain Thai, its uncertainty, and whether it reaches the next level. */
export function ForecastMethod({ data }: { data: KpiDashboard }) {
  const { t } = useI18n();
  const { forecast } = data;
  if (forecast.kind !== 'linear') return null;
  return (
    <Stack gap={2} data-testid="kpi-dash-method">
      <Text size="sm">
        {t('kpiDash.method', { months: forecast.months, perMonth: forecast.perMonth, value: forecast.value })}
      </Text>
      <Text size="sm">
        {forecast.low !== null && forecast.high !== null
          ? t('kpiDash.interval', { low: forecast.low, high: forecast.high })
          : t('kpiDash.noInterval')}
      </Text>
      {forecast.reachesNextLevel !== null && (
        <Text size="sm">{t(forecast.reachesNextLevel ? 'kpiDash.reachesNext' : 'kpiDash.missesNext')}</Text>
      )}
      {data.months[data.months.length - 1]?.value != null && (
        <Text size="sm" data-testid="kpi-dash-round-complete">
          {t('kpiDash.roundComplete')}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {forecast.methodTh}
      </Text>
    </Stack>
  );
}

/** Seed 004's colour legend, in its own words. */
export function LightLegend({ data }: { data: KpiDashboard }) {
  const { t } = useI18n();
  return (
    <Stack gap={4} data-testid="kpi-dash-legend">
      <Text size="sm" fw={600}>
        {t('kpiDash.legend')}
      </Text>
      {data.legend.map((l) => (
        <Group key={l.light} gap="xs" wrap="nowrap">
          <span
            style={{
              display: 'inline-block',
              width: 14,
              height: 14,
              flex: 'none',
              borderRadius: 3,
              background: LIGHT_COLOURS[l.light].background,
            }}
          />
          <Text size="sm">{l.textTh}</Text>
        </Group>
      ))}
    </Stack>
  );
}
