import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { criteriaLevelTexts } from '../../scoring/criteria-text';
import type { Kpi } from '../types';
import { FormulaText } from './formula-text';

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
        <Table.ScrollContainer minWidth={480}>
          <Table withTableBorder withColumnBorders data-testid="kpi-levels-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t('kpi.levelColumn')}</Table.Th>
                <Table.Th>{t('kpi.levelTextColumn')}</Table.Th>
                <Table.Th w="30%">{t('kpi.criteriaColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kpi.levelTexts.map((text, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed positions
                <Table.Tr key={index}>
                  <Table.Td ta="center">{index + 1}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{text || dash}</Table.Td>
                  <Table.Td>{criteriaTexts[index]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
          <Table.ScrollContainer minWidth={400}>
            <Table withTableBorder withColumnBorders data-testid="kpi-evidence-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>{t('kpi.evidenceLevels')}</Table.Th>
                  <Table.Th>{t('kpi.evidenceText')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {kpi.evidence.map((row, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows keep their printed order
                  <Table.Tr key={index}>
                    <Table.Td ta="center">{row.levels.replace('-', ' – ')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{row.text}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {kpi.contacts.length > 0 && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            {t('kpi.contacts')}
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder data-testid="kpi-contacts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('kpi.contactRole')}</Table.Th>
                  <Table.Th>{t('kpi.contactName')}</Table.Th>
                  <Table.Th>{t('kpi.contactPosition')}</Table.Th>
                  <Table.Th>{t('kpi.contactPhone')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...responsible, ...coordinators].map((contact, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same person may appear twice
                  <Table.Tr key={index}>
                    <Table.Td>
                      {t(contact.role === 'responsible' ? 'kpi.responsible' : 'kpi.coordinator')}
                    </Table.Td>
                    <Table.Td>{contact.name}</Table.Td>
                    <Table.Td>{contact.position}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{contact.phone ?? dash}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {kpi.notes && <Field label={t('kpi.notes')}>{kpi.notes}</Field>}
    </Stack>
  );
}
