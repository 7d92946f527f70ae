import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { ThresholdCriteriaEditor } from '../../scoring/components/threshold-criteria-editor';
import type { ThresholdDraft } from '../../scoring/threshold-draft';
import type { CompositeCriteria, Measure, MilestonesCriteria, Step } from '../../scoring/types';
import { RemoveButton } from './remove-button';

/** An id not yet taken: kept hidden, it ties a district's entered values to the measure or step. */
function freshId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

const draftOf = (measure: Measure): ThresholdDraft => {
  const [t1, t2, t3, t4, t5] = measure.thresholds;
  return {
    direction: measure.direction,
    inclusive: measure.inclusive,
    thresholds: [t1 ?? '', t2 ?? '', t3 ?? '', t4 ?? '', t5 ?? ''],
    interpolate: false,
  };
};

const thresholdsOf = (draft: ThresholdDraft): Measure['thresholds'] =>
  draft.thresholds.map((value, index) => (index === 0 && value.trim() === '' ? null : value.trim()));

type EditorProps<T> = { value: T; onChange: (value: T) => void };

/** Composite criteria (001 I1): each condition with its Thai name and five thresholds; a level needs them all. */
export function CompositeCriteriaEditor({ value, onChange }: EditorProps<CompositeCriteria>) {
  const { t } = useI18n();
  const setMeasure = (index: number, patch: Partial<Measure>) =>
    onChange({ ...value, measures: value.measures.map((m, at) => (at === index ? { ...m, ...patch } : m)) });
  const add = () =>
    onChange({
      ...value,
      measures: [
        ...value.measures,
        {
          id: freshId(
            'measure_',
            value.measures.map((m) => m.id),
          ),
          label: '',
          direction: 'higher',
          inclusive: true,
          thresholds: [null, '', '', '', ''],
        },
      ],
    });
  return (
    <Stack gap="xs" data-testid="composite-editor">
      <Text size="sm" c="dimmed">
        {t('criteria.compositeHelp')}
      </Text>
      {value.measures.map((measure, index) => (
        <Paper key={measure.id} withBorder p="xs" data-testid="composite-measure">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Textarea
                label={t('criteria.measureLabel', { number: index + 1 })}
                value={measure.label}
                onChange={(event) => setMeasure(index, { label: event.currentTarget.value })}
                autosize
                minRows={1}
                required
                style={{ flex: 1 }}
                data-testid="composite-measure-label"
              />
              <RemoveButton
                label={t('criteria.removeMeasure', { number: index + 1 })}
                onClick={() =>
                  onChange({ ...value, measures: value.measures.filter((_, at) => at !== index) })
                }
                testId="composite-measure-remove"
              />
            </Group>
            <ThresholdCriteriaEditor
              value={draftOf(measure)}
              onChange={(draft) =>
                setMeasure(index, {
                  direction: draft.direction,
                  inclusive: draft.inclusive,
                  thresholds: thresholdsOf(draft),
                })
              }
              withInterpolate={false}
            />
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button size="xs" variant="default" onClick={add} data-testid="composite-add">
          {t('criteria.addMeasure')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Milestone criteria (001 O9): the steps a district must have done for each level, in Thai. */
export function MilestonesCriteriaEditor({ value, onChange }: EditorProps<MilestonesCriteria>) {
  const { t } = useI18n();
  const taken = value.levels.flat().map((step) => step.id);
  const setLevel = (level: number, steps: Step[]) =>
    onChange({ ...value, levels: value.levels.map((current, at) => (at === level ? steps : current)) });
  return (
    <Stack gap="xs" data-testid="milestones-editor">
      <Text size="sm" c="dimmed">
        {t('criteria.milestonesHelp')}
      </Text>
      {value.levels.map((steps, level) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed positions
        <Paper key={level} withBorder p="xs" data-testid="milestones-level">
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('kpi.levelText', { level: level + 1 })}
            </Text>
            {steps.map((step, index) => (
              <Group key={step.id} wrap="nowrap" align="flex-start" gap="xs">
                <Textarea
                  aria-label={t('criteria.stepLabel', { level: level + 1, number: index + 1 })}
                  value={step.label}
                  onChange={(event) => {
                    const label = event.currentTarget.value;
                    setLevel(
                      level,
                      steps.map((s, at) => (at === index ? { ...s, label } : s)),
                    );
                  }}
                  autosize
                  minRows={1}
                  style={{ flex: 1 }}
                  data-testid="milestones-step"
                />
                <RemoveButton
                  label={t('criteria.removeStep', { level: level + 1, number: index + 1 })}
                  onClick={() =>
                    setLevel(
                      level,
                      steps.filter((_, at) => at !== index),
                    )
                  }
                  testId="milestones-step-remove"
                />
              </Group>
            ))}
            <Group>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() =>
                  setLevel(level, [...steps, { id: freshId(`step_${level + 1}_`, taken), label: '' }])
                }
                data-testid="milestones-add-step"
              >
                {t('criteria.addStep')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
