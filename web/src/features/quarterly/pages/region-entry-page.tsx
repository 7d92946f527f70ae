import {
  Alert,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { fromThaiDigits } from '../../../shared/i18n/thai-digits';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useEnterRegion, useRegionEntry } from '../api';
import { figure } from '../figures';
import type { RegionEntryView } from '../types';

/** A KPI's row as the page loaded it: its figures and the version they are of, sent back with the save. */
type Row = { result: string; narrative: string; rowVersion: number };

const rowsOf = (view: RegionEntryView): Record<string, Row> =>
  Object.fromEntries(
    view.kpis.map((k) => [
      k.code,
      { result: k.result ?? '', narrative: k.narrativeTh ?? '', rowVersion: k.rowVersion },
    ]),
  );

/** Each quarter's own figure follows from the results to date: this one minus the one before (flow). */
function ownFigure(
  toDate: string,
  before: string | null | undefined,
  accumulation: 'flow' | 'stock',
): string {
  const now = fromThaiDigits(toDate).trim();
  if (!/^\d+(\.\d+)?$/.test(now)) return '–';
  if (accumulation === 'stock' || before === null || before === undefined) return figure(now);
  const scale = 10_000n;
  const toUnits = (v: string) => {
    const [w = '0', f = ''] = v.split('.');
    return BigInt(w) * scale + BigInt(`${f}0000`.slice(0, 4));
  };
  const diff = toUnits(now) - toUnits(before);
  const sign = diff < 0n ? '-' : '';
  const abs = diff < 0n ? -diff : diff;
  const fraction = (abs % scale).toString().padStart(4, '0').replace(/0+$/, '');
  return figure(`${sign}${abs / scale}${fraction === '' ? '' : `.${fraction}`}`);
}

/** A CODI region office enters its region's results to date and narratives for the quarter. */
export function RegionEntryPage() {
  const { t } = useI18n();
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  const quarter = Number(params.quarter);
  const region = params.region ?? '';
  const view = useRegionEntry(fiscalYear, quarter, region);
  const save = useEnterRegion(fiscalYear, quarter, region);
  const [rows, setRows] = useState<Record<string, Row>>({});
  useEffect(() => {
    if (view.data) setRows(rowsOf(view.data));
  }, [view.data]);
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ErrorAlert error={view.error} />;
  const data = view.data;
  const back = `/quarterly/${fiscalYear}/${quarter}`;
  const submit = () =>
    save.mutate({
      kpis: data.kpis.map((k) => {
        const row = rows[k.code] ?? { result: '', narrative: '', rowVersion: k.rowVersion };
        const result = fromThaiDigits(row.result).trim().replaceAll(',', '');
        return {
          code: k.code,
          result: result === '' ? null : result,
          narrativeTh: row.narrative.trim() || null,
          rowVersion: row.rowVersion,
        };
      }),
    });
  return (
    <Stack gap="md" maw={1000} data-testid="quarterly-region-entry">
      <Title order={2}>
        {t('quarterly.regionEntryTitle', {
          region: data.region.nameTh,
          quarter: t('quarterly.quarterOf', { quarter: data.quarter, year: data.fiscalYear }),
        })}
      </Title>
      <Group>
        <Button component={Link} to={back} variant="default" size="xs">
          {t('quarterly.backToReport')}
        </Button>
      </Group>
      {data.canEnter ? (
        <Text size="sm">{t('quarterly.regionEntryHelp')}</Text>
      ) : (
        <Alert data-testid="quarterly-region-read-only">{t('quarterly.regionReadOnly')}</Alert>
      )}
      {data.kpis.length === 0 && <Alert>{t('quarterly.regionEntryNone')}</Alert>}
      {save.isError && <ErrorAlert error={save.error} />}
      {save.isSuccess && (
        <Alert color="green" data-testid="quarterly-region-saved">
          {t('quarterly.regionSaved')}
        </Alert>
      )}
      {data.kpis.map((k) => {
        const row = rows[k.code] ?? { result: '', narrative: '', rowVersion: k.rowVersion };
        const before = k.earlier[k.earlier.length - 1];
        const set = (patch: Partial<Row>) => setRows((all) => ({ ...all, [k.code]: { ...row, ...patch } }));
        return (
          <Card key={k.code} withBorder padding="sm" data-testid="quarterly-region-kpi" data-kpi={k.code}>
            <Stack gap="xs">
              <Text fw={700}>
                {k.code} {k.nameTh}
              </Text>
              <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
                <div>
                  <Text size="xs" c="dimmed">
                    {t('quarterly.regionTarget')}
                  </Text>
                  <Text size="sm">
                    {figure(k.target)} {k.unitTh}
                  </Text>
                </div>
                <div>
                  <Text size="xs" c="dimmed">
                    {t('quarterly.regionEarlier')}
                  </Text>
                  <Text size="sm">{before === undefined ? '–' : `${figure(before)} ${k.unitTh}`}</Text>
                </div>
                <TextInput
                  label={t('quarterly.regionToDate')}
                  value={row.result}
                  onChange={(e) => set({ result: e.currentTarget.value })}
                  readOnly={!data.canEnter}
                  inputMode="decimal"
                  data-testid="quarterly-region-result"
                />
                <div>
                  <Text size="xs" c="dimmed">
                    {t('quarterly.regionThisQuarter')}
                  </Text>
                  <Text size="sm" data-testid="quarterly-region-own-figure">
                    {row.result === '' ? '–' : `${ownFigure(row.result, before, k.accumulation)} ${k.unitTh}`}
                  </Text>
                </div>
              </SimpleGrid>
              <Textarea
                label={t('quarterly.regionNarrative')}
                value={row.narrative}
                onChange={(e) => set({ narrative: e.currentTarget.value })}
                readOnly={!data.canEnter}
                autosize
                minRows={2}
                data-testid="quarterly-region-narrative"
              />
            </Stack>
          </Card>
        );
      })}
      {data.canEnter && data.kpis.length > 0 && (
        <Group>
          <Button onClick={submit} loading={save.isPending} data-testid="quarterly-region-save">
            {t('quarterly.regionSave')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
