import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, fieldErrorUnder } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { FormulaText } from '../../kpis/components/formula-text';
import type { Round } from '../../kpis/types';
import { useSaveResult } from '../api';
import { effectiveCriteria } from '../item-criteria';
import { defaultResultDate } from '../result-date';
import type { AgreementItem } from '../types';

type Props = { item: AgreementItem; unitCode: string; round: Round | undefined; onDone: () => void };

/**
 * "บันทึกผล": a value for threshold, band and tier criteria; the steps done for milestones; each measure for a
 * composite. PUT /api/kpi-results, then the agreement is scored again.
 */
export function ResultForm({ item, unitCode, round, onDone }: Props) {
  const { t } = useI18n();
  const save = useSaveResult();
  const criteria = effectiveCriteria(item);
  const inputs = item.result?.inputs ?? null;
  const [value, setValue] = useState(item.result?.value ?? '');
  const [verified, setVerified] = useState<string[]>(inputs?.verified ?? []);
  const [measures, setMeasures] = useState<Record<string, string>>(inputs?.measures ?? {});
  const [formulaValues, setFormulaValues] = useState<Record<string, string>>(inputs?.formula ?? {});
  const formula = criteria?.type === 'milestones' || criteria?.type === 'composite' ? null : item.formula;
  const [asOf, setAsOf] = useState(() => defaultResultDate(round));
  const [note, setNote] = useState(item.result?.note ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const base = {
      kpiId: item.kpiId,
      unitCode,
      asOf,
      note: note.trim() || null,
      rowVersion: item.result?.rowVersion ?? 0,
    };
    if (criteria?.type === 'milestones') save.mutate({ ...base, verified }, { onSuccess: onDone });
    else if (criteria?.type === 'composite') {
      const all = Object.fromEntries(
        criteria.measures.map((measure) => [measure.id, measures[measure.id] ?? '']),
      );
      save.mutate({ ...base, measures: all }, { onSuccess: onDone });
    } else if (formula) {
      const all = Object.fromEntries(
        formula.inputs.map((input) => [input.id, formulaValues[input.id] ?? '']),
      );
      save.mutate({ ...base, formula: all }, { onSuccess: onDone });
    } else save.mutate({ ...base, value: value.trim() === '' ? null : value.trim() }, { onSuccess: onDone });
  };

  const onField = ['value', 'asOf', 'measures'].some((field) => fieldErrorUnder(save.error, field));

  const toggleStep = (id: string, checked: boolean) =>
    setVerified((current) => (checked ? [...current, id] : current.filter((step) => step !== id)));

  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="result-form">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={4} size="h6">
            {t('agreement.enterResult')}: {item.number}. {item.nameTh}
          </Title>
          {item.criteria.type === 'project-defined' && !criteria && (
            <Text size="sm" c="dimmed">
              {t('result.unitCriteria')}
            </Text>
          )}
          {criteria?.type === 'tiers' && (
            <Text size="sm" c="dimmed">
              {t('result.tiersHint')}
            </Text>
          )}
          {criteria?.type === 'milestones' ? (
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                {t('result.steps')}
              </Text>
              {criteria.levels.map((steps, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed positions
                <Stack key={index} gap={4} pl="xs">
                  <Text size="xs" c="dimmed">
                    {t('kpi.levelText', { level: index + 1 })}
                  </Text>
                  {steps.map((step) => (
                    <Checkbox
                      key={step.id}
                      label={step.label}
                      checked={verified.includes(step.id)}
                      onChange={(event) => toggleStep(step.id, event.currentTarget.checked)}
                      data-testid="result-step"
                      data-step={step.id}
                    />
                  ))}
                </Stack>
              ))}
            </Stack>
          ) : criteria?.type === 'composite' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {criteria.measures.map((measure) => (
                <TextInput
                  key={measure.id}
                  label={measure.label}
                  value={measures[measure.id] ?? ''}
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    setMeasures((current) => ({ ...current, [measure.id]: text }));
                  }}
                  inputMode="decimal"
                  error={fieldError(save.error, `measures.${measure.id}`)}
                  data-testid="result-measure"
                  data-measure={measure.id}
                />
              ))}
            </SimpleGrid>
          ) : formula ? (
            <Stack gap={6}>
              <FormulaText words={item.formulaWords} formula={formula} testId="result-formula" />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                {formula.inputs.map((input) => (
                  <TextInput
                    key={input.id}
                    label={`${input.labelTh}${input.unit ? ` (${input.unit})` : ''}`}
                    value={formulaValues[input.id] ?? ''}
                    onChange={(event) => {
                      const text = event.currentTarget.value;
                      setFormulaValues((current) => ({ ...current, [input.id]: text }));
                    }}
                    inputMode="decimal"
                    data-testid="result-formula-input"
                    data-input={input.id}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          ) : (
            <TextInput
              label={`${t('result.value')}${item.unitOfMeasure ? ` (${item.unitOfMeasure})` : ''}`}
              description={t('result.valueHint')}
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              inputMode="decimal"
              w={{ base: '100%', xs: 260 }}
              error={fieldError(save.error, 'value')}
              data-testid="result-value"
            />
          )}
          <Group align="flex-start" gap="sm">
            <ThaiDateInput
              label={t('result.asOf')}
              value={asOf}
              onChange={setAsOf}
              required
              w={200}
              error={fieldError(save.error, 'asOf')}
              testId="result-as-of"
            />
            <TextInput
              label={t('result.note')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              style={{ flex: 1, minWidth: 200 }}
              data-testid="result-note"
            />
          </Group>
          {save.isError && !onField && (
            <ErrorAlert error={save.error} withTitle={false} testId="result-error" />
          )}
          <Group gap="xs">
            <Button type="submit" loading={save.isPending} data-testid="result-save">
              {t('result.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('result.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
