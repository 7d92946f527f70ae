import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { fieldErrorUnder, isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { isThresholdDraftComplete, thresholdCriteriaOf } from '../../scoring/threshold-draft';
import { type KpiFormValues, type LocalProblem, toKpiCard } from '../kpi-form-values';
import { kpiKindLabel } from '../kpi-sections';
import { type KpiCard, type KpiKind, kpiKinds, workGroups } from '../types';
import { ContactsEditor } from './contacts-editor';
import { CriteriaField } from './criteria-field';
import { EvidenceEditor } from './evidence-editor';
import { FormulaEditor } from './formula-editor';

type Props = {
  initialValues: KpiFormValues;
  pending: boolean;
  /** The server's answer to the last save: 400/422 name their field ('criteria.thresholds', 'levelTexts'). */
  error: unknown;
  onSubmit: (card: KpiCard) => void;
  onCancel: () => void;
};

/** Every top-level field of kpiSchema: a server message about one of them is shown beside it. */
const formFields = [
  'key',
  'number',
  'kind',
  'nameTh',
  'nameEn',
  'unitOfMeasure',
  'weight',
  'definition',
  'formulaText',
  'formula',
  'rationale',
  'dataSource',
  'levelTexts',
  'criteria',
  'evidence',
  'contacts',
  'workGroup',
  'measurementDay',
  'notes',
];

const kindOfKey: Record<string, KpiKind> = { T: 'team', I: 'individual', O: 'optional' };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The criteria as now typed, for the formula preview's level; null while incomplete or not JSON. */
function previewCriteria(values: KpiFormValues): unknown {
  if (values.criteriaType === 'threshold') {
    return isThresholdDraftComplete(values.threshold) ? thresholdCriteriaOf(values.threshold) : null;
  }
  try {
    return JSON.parse(values.criteriaJson);
  } catch {
    return null;
  }
}

/** The KPI card editor: all of kpiSchema, with the criteria form and its live preview. */
export function KpiForm({ initialValues, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState(initialValues);
  const [problem, setProblem] = useState<LocalProblem | null>(null);
  const set = (patch: Partial<KpiFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const text = (field: keyof KpiFormValues) => ({
    value: values[field] as string,
    onChange: (event: { currentTarget: { value: string } }) => set({ [field]: event.currentTarget.value }),
  });

  // A server message naming a field goes beside it ('locked' names 'key' but concerns the whole card).
  const located =
    isApiError(error) &&
    error.code !== 'locked' &&
    formFields.some((field) => fieldErrorUnder(error, field) !== undefined);
  const errorOf = (field: string): string | undefined => {
    if (problem) return problem.field === field ? problem.message : undefined;
    return located ? fieldErrorUnder(error, field) : undefined;
  };
  const showTopError = !problem && Boolean(error) && !located;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toKpiCard(values, (message) => t('editor.jsonInvalid', { message }));
    if ('problem' in result) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    onSubmit(result.card);
  };

  const setKey = (key: string) => {
    const kind = kindOfKey[key.trim().charAt(0).toUpperCase()];
    set(kind ? { key, kind } : { key });
  };

  return (
    <form onSubmit={submit} data-testid="kpi-form" noValidate>
      <Stack gap="md">
        {showTopError && <ErrorAlert error={error} withTitle={false} testId="kpi-form-error" />}
        <Section title={t('editor.basics')}>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput
              label={t('kpi.key')}
              description={t('editor.keyHelp')}
              value={values.key}
              onChange={(event) => setKey(event.currentTarget.value)}
              required
              error={errorOf('key')}
              data-testid="kpi-key"
            />
            <TextInput
              label={t('kpi.number')}
              {...text('number')}
              required
              error={errorOf('number')}
              data-testid="kpi-number"
            />
            <Select
              label={t('kpi.kind')}
              value={values.kind}
              onChange={(kind) => kind && set({ kind: kind as KpiKind })}
              data={kpiKinds.map((kind) => ({ value: kind, label: t(kpiKindLabel[kind]) }))}
              allowDeselect={false}
              error={errorOf('kind')}
              data-testid="kpi-kind"
            />
          </SimpleGrid>
          <Textarea
            label={t('kpi.nameTh')}
            {...text('nameTh')}
            autosize
            minRows={1}
            required
            error={errorOf('nameTh')}
            data-testid="kpi-name-th"
          />
          <TextInput
            label={t('kpi.nameEn')}
            {...text('nameEn')}
            error={errorOf('nameEn')}
            data-testid="kpi-name-en"
          />
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }}>
            <TextInput
              label={t('kpi.unitOfMeasure')}
              {...text('unitOfMeasure')}
              error={errorOf('unitOfMeasure')}
              data-testid="kpi-unit"
            />
            <TextInput
              label={t('kpi.weight')}
              {...text('weight')}
              inputMode="decimal"
              error={errorOf('weight')}
              data-testid="kpi-weight"
            />
            <Select
              label={t('kpi.workGroup')}
              value={values.workGroup || null}
              onChange={(group) => set({ workGroup: (group ?? '') as KpiFormValues['workGroup'] })}
              data={workGroups.map((group) => ({ value: group, label: t(`workGroup.${group}`) }))}
              placeholder={t('kpi.noWorkGroup')}
              clearable
              error={errorOf('workGroup')}
              data-testid="kpi-work-group"
            />
            <NumberInput
              label={t('kpi.measurementDay')}
              value={values.measurementDay}
              onChange={(day) => set({ measurementDay: String(day) })}
              min={1}
              max={31}
              allowDecimal={false}
              allowNegative={false}
              error={errorOf('measurementDay')}
              data-testid="kpi-measurement-day"
            />
          </SimpleGrid>
        </Section>
        <Section title={t('editor.text')}>
          <Textarea
            label={t('kpi.definition')}
            {...text('definition')}
            autosize
            minRows={3}
            maxRows={20}
            error={errorOf('definition')}
            data-testid="kpi-definition"
          />
          <Textarea
            label={t('kpi.formulaText')}
            {...text('formulaText')}
            autosize
            minRows={2}
            error={errorOf('formulaText')}
            data-testid="kpi-formula-text"
          />
          <FormulaEditor
            value={values.formula}
            onChange={(formula) => set({ formula })}
            criteria={previewCriteria(values)}
            error={errorOf('formula')}
          />
          <Textarea
            label={t('kpi.rationale')}
            {...text('rationale')}
            autosize
            minRows={2}
            error={errorOf('rationale')}
            data-testid="kpi-rationale"
          />
          <Textarea
            label={t('kpi.dataSource')}
            {...text('dataSource')}
            autosize
            minRows={1}
            error={errorOf('dataSource')}
            data-testid="kpi-data-source"
          />
          <Textarea
            label={t('kpi.notes')}
            {...text('notes')}
            autosize
            minRows={1}
            error={errorOf('notes')}
            data-testid="kpi-notes"
          />
        </Section>
        <Section title={t('editor.criteria')}>
          <Stack gap={4} data-testid="kpi-level-texts">
            <Text size="sm" fw={500}>
              {t('kpi.levels')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('editor.levelTextsHelp')}
            </Text>
            {values.levelTexts.map((levelText, index) => (
              <Textarea
                // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed positions
                key={index}
                label={t('kpi.levelText', { level: index + 1 })}
                value={levelText}
                onChange={(event) => {
                  const levelTexts = [...values.levelTexts] as KpiFormValues['levelTexts'];
                  levelTexts[index] = event.currentTarget.value;
                  set({ levelTexts });
                }}
                autosize
                minRows={1}
                error={Boolean(errorOf('levelTexts'))}
                data-testid={`kpi-level-text-${index + 1}`}
              />
            ))}
            {errorOf('levelTexts') && (
              <Text size="sm" c="red" data-testid="kpi-level-texts-error">
                {errorOf('levelTexts')}
              </Text>
            )}
          </Stack>
          <CriteriaField value={values} onChange={(criteria) => set(criteria)} error={errorOf('criteria')} />
        </Section>
        <Section title={t('editor.people')}>
          <EvidenceEditor
            value={values.evidence}
            onChange={(evidence) => set({ evidence })}
            error={errorOf('evidence')}
          />
          <ContactsEditor
            value={values.contacts}
            onChange={(contacts) => set({ contacts })}
            error={errorOf('contacts')}
          />
        </Section>
        {(problem !== null || located) && (
          <Text c="red" size="sm" data-testid="kpi-form-field-error">
            {problem?.message ?? (isApiError(error) ? error.message : '')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={pending} data-testid="kpi-save">
            {t('editor.save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
