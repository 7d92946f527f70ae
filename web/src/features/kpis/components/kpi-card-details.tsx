import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { criteriaLevelTexts } from '../../scoring/criteria-text';
import type { Kpi } from '../types';
import { FormulaText } from './formula-text';
import { ResponsiveRows } from './responsive-rows';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The full KPI card: the fields of seed 001's cards (research §4.1) and the criteria as the scorer reads them. */
export function KpiCardDetails({ kpi }: { kpi: Kpi }) {
  const { t, lang } = useI18n();
  const criteriaTexts = criteriaLevelTexts(kpi.criteria, lang);
  const dash = t('kpi.none');
  const responsible = kpi.contacts.filter((contact) => contact.role === 'responsible');
  const coordinators = kpi.contacts.filter((contact) => contact.role === 'coordinator');

  return (
    <Stack gap="md" data-testid="kpi-card-details">
      {kpi.nameEn && lang === 'en' && (
        <Text size="sm" c="dimmed">
          {kpi.nameEn}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Field label={t('kpi.unitOfMeasure')}>{kpi.unitOfMeasure ?? dash}</Field>
        <Field label={t('kpi.weight')}>
          {kpi.weight ? t('kpi.weightPercent', { weight: kpi.weight }) : dash}
        </Field>
        <Field label={t('kpi.workGroup')}>{kpi.workGroup ? t(`workGroup.${kpi.workGroup}`) : dash}</Field>
      </SimpleGrid>
      <Field label={t('kpi.definition')}>{kpi.definition ?? dash}</Field>
      <Field label={t('kpi.formulaText')}>{kpi.formulaText ?? dash}</Field>
      <FormulaText words={kpi.formulaWords} formula={kpi.formula} />
      <Field label={t('kpi.rationale')}>{kpi.rationale ?? dash}</Field>
      <Field label={t('kpi.dataSource')}>{kpi.dataSource ?? dash}</Field>
      <Stack gap={4}>
        <Group gap="xs">
          <Title order={4} size="h6">
            {t('kpi.levels')}
          </Title>
          <Badge variant="outline" size="sm">
            {t(`criteriaType.${kpi.criteria.type}`)}
          </Badge>
        </Group>
        <ResponsiveRows
          testId="kpi-levels-table"
          columns={[
            { label: t('kpi.levelColumn'), width: 90, center: true },
            { label: t('kpi.levelTextColumn') },
            { label: t('kpi.criteriaColumn'), width: '30%' },
          ]}
          rows={kpi.levelTexts.map((text, index) => [index + 1, text || dash, criteriaTexts[index]])}
        />
        <Text size="sm" data-testid="kpi-criteria-text">
          {criteriaTexts
            .map((text, index) => `${t('kpi.levelText', { level: index + 1 })} ${text}`)
            .join(' · ')}
        </Text>
        {kpi.measurementDay !== null && (
          <Text size="sm" c="dimmed">
            {t('kpi.measurementDayText', { day: kpi.measurementDay })}
          </Text>
        )}
      </Stack>
      {kpi.evidence.length > 0 && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            {t('kpi.evidence')}
          </Title>
          <ResponsiveRows
            testId="kpi-evidence-table"
            columns={[
              { label: t('kpi.evidenceLevels'), width: 110, center: true },
              { label: t('kpi.evidenceText') },
            ]}
            rows={kpi.evidence.map((row) => [row.levels.replace('-', ' – '), row.text])}
          />
        </Stack>
      )}
      {kpi.contacts.length > 0 && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            {t('kpi.contacts')}
          </Title>
          <ResponsiveRows
            testId="kpi-contacts-table"
            columns={[
              { label: t('kpi.contactRole') },
              { label: t('kpi.contactName') },
              { label: t('kpi.contactPosition') },
              { label: t('kpi.contactPhone') },
            ]}
            rows={[...responsible, ...coordinators].map((contact) => [
              t(contact.role === 'responsible' ? 'kpi.responsible' : 'kpi.coordinator'),
              contact.name,
              contact.position,
              contact.phone ?? dash,
            ])}
          />
        </Stack>
      )}
      {kpi.notes && <Field label={t('kpi.notes')}>{kpi.notes}</Field>}
    </Stack>
  );
}
