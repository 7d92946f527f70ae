import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { fromThaiDigits } from '../../../shared/i18n/thai-digits';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useEditStructure } from '../api';
import type { QuarterlyReport } from '../types';

const digits = (value: string) => fromThaiDigits(value).trim().replaceAll(',', '');
const orNull = (value: string) => (digits(value) === '' ? null : digits(value));

/** The department adds strategic issues and KPIs to a draft, and removes KPIs (the API also reorders them). */
export function StructurePanel({ report }: { report: QuarterlyReport }) {
  const { t } = useI18n();
  const edit = useEditStructure(report.fiscalYear, report.quarter);
  const [issue, setIssue] = useState({ no: '', nameTh: '' });
  const [kpi, setKpi] = useState({
    code: '',
    issue: '',
    nameTh: '',
    unitTh: '',
    accumulation: 'flow',
    annualTarget: '',
    planned: ['', '', '', ''],
    threshold: '',
  });
  const [remove, setRemove] = useState<string | null>(null);
  const issues = report.strategicIssues.map((i) => ({ value: String(i.no), label: `${i.no} ${i.nameTh}` }));
  const entries = report.strategicIssues.flatMap((i) => i.kpis);
  const kpis = entries.map((k) => ({ value: k.code, label: `${k.code} ${k.nameTh}` }));
  const removing = entries.find((k) => k.code === remove);
  return (
    <Paper withBorder p="sm" data-testid="quarterly-structure">
      <details>
        <summary>
          <Text span fw={700}>
            {t('quarterly.structure')}
          </Text>
        </summary>
        <Stack gap="md" mt="sm">
          {edit.isError && <ErrorAlert error={edit.error} />}
          <Stack gap="xs">
            <Text size="sm" fw={700}>
              {t('quarterly.structureIssue')}
            </Text>
            <Group align="flex-end" gap="sm">
              <TextInput
                label={t('quarterly.structureIssueNo')}
                value={issue.no}
                onChange={(e) => setIssue({ ...issue, no: e.currentTarget.value })}
                maw={120}
                data-testid="quarterly-issue-no"
              />
              <TextInput
                label={t('quarterly.structureName')}
                value={issue.nameTh}
                onChange={(e) => setIssue({ ...issue, nameTh: e.currentTarget.value })}
                style={{ flex: 1, minWidth: 200 }}
                data-testid="quarterly-issue-name"
              />
              <Button
                variant="default"
                loading={edit.isPending}
                onClick={() =>
                  edit.mutate({ kind: 'issue', no: Number(digits(issue.no)), nameTh: issue.nameTh.trim() })
                }
                data-testid="quarterly-issue-add"
              >
                {t('quarterly.structureAdd')}
              </Button>
            </Group>
          </Stack>
          {issues.length > 0 && (
            <Stack gap="xs">
              <Text size="sm" fw={700}>
                {t('quarterly.structureKpi')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="xs">
                <TextInput
                  label={t('quarterly.structureCode')}
                  value={kpi.code}
                  onChange={(e) => setKpi({ ...kpi, code: e.currentTarget.value })}
                  data-testid="quarterly-kpi-code"
                />
                <Select
                  label={t('quarterly.structureUnderIssue')}
                  data={issues}
                  value={kpi.issue}
                  onChange={(value) => setKpi({ ...kpi, issue: value ?? '' })}
                  data-testid="quarterly-kpi-issue"
                />
                <TextInput
                  label={t('quarterly.structureUnit')}
                  value={kpi.unitTh}
                  onChange={(e) => setKpi({ ...kpi, unitTh: e.currentTarget.value })}
                  data-testid="quarterly-kpi-unit"
                />
                <Select
                  label={t('quarterly.structureAccumulation')}
                  data={[
                    { value: 'flow', label: t('quarterly.structureFlow') },
                    { value: 'stock', label: t('quarterly.structureStock') },
                  ]}
                  value={kpi.accumulation}
                  onChange={(value) => setKpi({ ...kpi, accumulation: value ?? 'flow' })}
                  allowDeselect={false}
                />
              </SimpleGrid>
              <TextInput
                label={t('quarterly.structureName')}
                value={kpi.nameTh}
                onChange={(e) => setKpi({ ...kpi, nameTh: e.currentTarget.value })}
                data-testid="quarterly-kpi-name"
              />
              <SimpleGrid cols={{ base: 2, md: 6 }} spacing="xs">
                <TextInput
                  label={t('quarterly.annualTarget')}
                  value={kpi.annualTarget}
                  onChange={(e) => setKpi({ ...kpi, annualTarget: e.currentTarget.value })}
                  data-testid="quarterly-kpi-target"
                />
                {kpi.planned.map((value, index) => (
                  <TextInput
                    // biome-ignore lint/suspicious/noArrayIndexKey: the four quarters are fixed
                    key={index}
                    label={t('quarterly.quarterShort', { quarter: index + 1 })}
                    value={value}
                    onChange={(e) => {
                      const planned = [...kpi.planned];
                      planned[index] = e.currentTarget.value;
                      setKpi({ ...kpi, planned });
                    }}
                  />
                ))}
                <TextInput
                  label={t('quarterly.structureThreshold')}
                  value={kpi.threshold}
                  onChange={(e) => setKpi({ ...kpi, threshold: e.currentTarget.value })}
                />
              </SimpleGrid>
              <Group>
                <Button
                  variant="default"
                  loading={edit.isPending}
                  onClick={() =>
                    edit.mutate({
                      kind: 'kpi',
                      body: {
                        code: kpi.code.trim(),
                        strategicIssueNo: Number(kpi.issue),
                        nameTh: kpi.nameTh.trim(),
                        unitTh: kpi.unitTh.trim(),
                        accumulation: kpi.accumulation === 'stock' ? 'stock' : 'flow',
                        annualTarget: digits(kpi.annualTarget),
                        planned: kpi.planned.map(orNull),
                        threshold: orNull(kpi.threshold),
                      },
                    })
                  }
                  data-testid="quarterly-kpi-add"
                >
                  {t('quarterly.structureAdd')}
                </Button>
              </Group>
            </Stack>
          )}
          {kpis.length > 0 && (
            <Group align="flex-end" gap="sm">
              <Select
                label={t('quarterly.structureRemove')}
                data={kpis}
                value={remove}
                onChange={setRemove}
                style={{ flex: 1, minWidth: 200 }}
              />
              <Button
                color="red"
                variant="light"
                disabled={removing === undefined}
                loading={edit.isPending}
                onClick={() =>
                  removing !== undefined &&
                  edit.mutate({ kind: 'remove', code: removing.code, rowVersion: removing.rowVersion })
                }
              >
                {t('quarterly.structureRemoveButton')}
              </Button>
            </Group>
          )}
        </Stack>
      </details>
    </Paper>
  );
}
