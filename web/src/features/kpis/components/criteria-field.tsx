import { Input, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { EvaluationPreview } from '../../scoring/components/evaluation-preview';
import { ThresholdCriteriaEditor } from '../../scoring/components/threshold-criteria-editor';
import {
  isThresholdDraftComplete,
  thresholdCriteriaOf,
  thresholdDraftOf,
} from '../../scoring/threshold-draft';
import {
  type CompositeCriteria,
  type CriteriaType,
  criteriaTypes,
  type MilestonesCriteria,
  type ThresholdCriteria,
} from '../../scoring/types';
import { criteriaTemplates, type KpiFormValues } from '../kpi-form-values';
import { CompositeCriteriaEditor, MilestonesCriteriaEditor } from './structured-criteria';

type CriteriaValues = Pick<KpiFormValues, 'criteriaType' | 'threshold' | 'criteriaJson'>;

type Props = {
  value: CriteriaValues;
  onChange: (value: CriteriaValues) => void;
  /** The server's message for criteria.* (or the local JSON problem). */
  error?: string;
};

function parsedType(json: string): CriteriaType | null {
  try {
    const parsed = JSON.parse(json) as { type?: unknown };
    return criteriaTypes.find((type) => type === parsed.type) ?? null;
  } catch {
    return null;
  }
}

/** The criteria as a form can edit them: composite or milestones that parse, else null (edited as JSON). */
function structuredOf(type: CriteriaType, json: string): CompositeCriteria | MilestonesCriteria | null {
  if (type !== 'composite' && type !== 'milestones') return null;
  try {
    const parsed = JSON.parse(json) as CompositeCriteria | MilestonesCriteria;
    if (parsed.type === 'composite' && Array.isArray(parsed.measures)) return parsed;
    if (parsed.type === 'milestones' && Array.isArray(parsed.levels) && parsed.levels.length === 5)
      return parsed;
  } catch {
    return null;
  }
  return null;
}

/** Threshold criteria through a form with a live preview; the other kinds as JSON the server checks. */
export function CriteriaField({ value, onChange, error }: Props) {
  const { t } = useI18n();

  const changeType = (type: CriteriaType) => {
    if (type === value.criteriaType) return;
    if (type === 'threshold') {
      // The JSON's thresholds if it holds threshold criteria, else the draft as it was before switching away.
      let threshold = value.threshold;
      try {
        const parsed = JSON.parse(value.criteriaJson) as ThresholdCriteria;
        if (parsed.type === 'threshold') threshold = thresholdDraftOf(parsed);
      } catch {
        // keep the draft
      }
      onChange({ ...value, criteriaType: type, threshold });
      return;
    }
    const keepJson = parsedType(value.criteriaJson) === type;
    onChange({
      ...value,
      criteriaType: type,
      criteriaJson: keepJson ? value.criteriaJson : JSON.stringify(criteriaTemplates[type], null, 2),
    });
  };

  // Composite and milestone criteria are edited in a form; the JSON stays their stored shape underneath.
  const structured = structuredOf(value.criteriaType, value.criteriaJson);
  const setStructured = (criteria: CompositeCriteria | MilestonesCriteria) =>
    onChange({ ...value, criteriaJson: JSON.stringify(criteria, null, 2) });

  const previewCriteria = isThresholdDraftComplete(value.threshold)
    ? thresholdCriteriaOf(value.threshold)
    : null;

  return (
    <Stack gap="sm" data-testid="criteria-field">
      <Select
        label={t('kpi.criteriaType')}
        value={value.criteriaType}
        onChange={(type) => type && changeType(type as CriteriaType)}
        data={criteriaTypes.map((type) => ({ value: type, label: t(`criteriaType.${type}`) }))}
        allowDeselect={false}
        w={{ base: '100%', sm: 420 }}
        data-testid="criteria-type"
      />
      {value.criteriaType === 'threshold' ? (
        <>
          <ThresholdCriteriaEditor
            value={value.threshold}
            onChange={(threshold) => onChange({ ...value, threshold })}
            error={error}
          />
          <Paper withBorder p="sm" bg="gray.0">
            <Stack gap="xs">
              <Title order={4} size="h6">
                {t('scoring.preview')}
              </Title>
              <EvaluationPreview criteria={previewCriteria} testIdPrefix="preview" />
            </Stack>
          </Paper>
        </>
      ) : structured ? (
        <Input.Wrapper error={error}>
          {structured.type === 'composite' ? (
            <CompositeCriteriaEditor value={structured} onChange={setStructured} />
          ) : (
            <MilestonesCriteriaEditor value={structured} onChange={setStructured} />
          )}
        </Input.Wrapper>
      ) : (
        <Input.Wrapper error={error}>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t('editor.jsonHelp')}
            </Text>
            <Textarea
              aria-label={t('kpi.criteriaJson')}
              value={value.criteriaJson}
              onChange={(event) => onChange({ ...value, criteriaJson: event.currentTarget.value })}
              autosize
              minRows={8}
              maxRows={30}
              styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }}
              error={Boolean(error)}
              spellCheck={false}
              data-testid="criteria-json"
            />
          </Stack>
        </Input.Wrapper>
      )}
    </Stack>
  );
}
