import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { LevelBadge } from '../../scoring/components/level-badge';
import { useFormulaPreview } from '../api';
import { emptyFormulaInput, type FormulaInputValues, type FormulaValues } from '../kpi-form-values';
import { RemoveButton } from './remove-button';

type Props = {
  value: FormulaValues;
  onChange: (value: FormulaValues) => void;
  /** The card's criteria as now typed (null while incomplete): the preview shows the level a sample value gives. */
  criteria: unknown;
  /** The server's Thai message about the formula when the card was saved (it names the row and field in Thai). */
  error?: string;
};

const partNames = {
  shortTh: 'formula.inputShort',
  id: 'formula.inputId',
  unit: 'formula.inputUnit',
} as const;

/** Named inputs (Thai label, short name, key, unit), an expression over their keys and a live preview. */
export function FormulaEditor({ value, onChange, criteria, error }: Props) {
  const { t } = useI18n();
  const [samples, setSamples] = useState<Record<string, string>>({});
  const request = {
    expression: value.expression,
    inputs: value.inputs.map((input) => ({
      id: input.id.trim(),
      labelTh: input.labelTh,
      shortTh: input.shortTh.trim() || undefined,
    })),
    values: Object.fromEntries(
      value.inputs.map((input) => [input.id.trim(), samples[input.id.trim()] ?? '']),
    ),
    criteria: criteria ?? undefined,
  };
  const [debounced] = useDebouncedValue(request, 300);
  const active = debounced.expression.trim() !== '';
  const preview = useFormulaPreview(active ? debounced : null);

  const setRow = (index: number, patch: Partial<FormulaInputValues>) =>
    onChange({
      ...value,
      inputs: value.inputs.map((row, at) => (at === index ? { ...row, ...patch } : row)),
    });
  /** Label, help, value and change of one short part of a row. */
  const part = (index: number, field: 'shortTh' | 'id' | 'unit') => ({
    label: t(partNames[field]),
    description: t(`${partNames[field]}Help`),
    value: value.inputs[index]?.[field] ?? '',
    onChange: (event: { currentTarget: { value: string } }) =>
      setRow(index, { [field]: event.currentTarget.value }),
  });
  const removeRow = (index: number) =>
    onChange({ ...value, inputs: value.inputs.filter((_, at) => at !== index) });
  const addRow = () => onChange({ ...value, inputs: [...value.inputs, emptyFormulaInput] });
  const insertKey = (id: string) => {
    const expression = value.expression.trimEnd();
    onChange({ ...value, expression: expression === '' ? id : `${expression} ${id}` });
  };

  if (value.inputs.length === 0 && value.expression === '') {
    return (
      <Stack gap={4} data-testid="formula-editor">
        <Text size="sm" fw={500}>
          {t('formula.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('formula.help')}
        </Text>
        <Group>
          <Button size="xs" variant="light" onClick={addRow} data-testid="formula-start">
            {t('formula.start')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const answer = active ? preview.data : undefined;
  return (
    <Stack gap="xs" data-testid="formula-editor">
      <Text size="sm" fw={500}>
        {t('formula.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('formula.help')}
      </Text>
      {value.inputs.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the key is typed in the row
        <Paper key={index} withBorder p="xs" data-testid="formula-input-row">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="xs" fw={600}>
                {t('formula.row', { number: index + 1 })}
              </Text>
              <RemoveButton
                label={t('formula.removeRow', { number: index + 1 })}
                onClick={() => removeRow(index)}
                testId="formula-input-remove"
              />
            </Group>
            <Textarea
              label={t('formula.inputLabel')}
              value={row.labelTh}
              onChange={(event) => setRow(index, { labelTh: event.currentTarget.value })}
              autosize
              minRows={1}
              required
              data-testid="formula-input-label"
            />
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs">
              <TextInput {...part(index, 'shortTh')} data-testid="formula-input-short" />
              <TextInput
                {...part(index, 'id')}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                spellCheck={false}
                autoCapitalize="off"
                required
                data-testid="formula-input-id"
              />
              <TextInput {...part(index, 'unit')} data-testid="formula-input-unit" />
              <TextInput
                label={t('formula.sample')}
                description={t('formula.sampleHelp')}
                value={samples[row.id.trim()] ?? ''}
                onChange={(event) => {
                  const typed = event.currentTarget.value;
                  setSamples((current) => ({ ...current, [row.id.trim()]: typed }));
                }}
                inputMode="decimal"
                data-testid="formula-input-sample"
              />
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button size="xs" variant="default" onClick={addRow} data-testid="formula-add-input">
          {t('formula.addInput')}
        </Button>
      </Group>
      <Textarea
        label={t('formula.expression')}
        description={t('formula.expressionHelp')}
        value={value.expression}
        onChange={(event) => onChange({ ...value, expression: event.currentTarget.value })}
        autosize
        minRows={1}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        spellCheck={false}
        autoCapitalize="off"
        data-testid="formula-expression"
      />
      {value.inputs.some((row) => row.id.trim() !== '') && (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            {t('formula.insert')}
          </Text>
          {value.inputs
            .filter((row) => row.id.trim() !== '')
            .map((row) => (
              <Button
                key={row.id}
                size="compact-xs"
                variant="light"
                onClick={() => insertKey(row.id.trim())}
                data-testid="formula-insert-key"
              >
                {row.shortTh.trim() || row.labelTh.trim() || row.id.trim()}
              </Button>
            ))}
          {['+', '−', '×', '÷', '(', ')', '100'].map((glyph) => (
            <Button key={glyph} size="compact-xs" variant="default" onClick={() => insertKey(glyph)}>
              {glyph}
            </Button>
          ))}
        </Group>
      )}
      <Paper withBorder p="sm" bg="gray.0" data-testid="formula-preview">
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('formula.preview')}
          </Text>
          {preview.isError && <ErrorAlert error={preview.error} withTitle={false} />}
          {!answer && (
            <Text size="sm" c="dimmed">
              {t('formula.previewEmpty')}
            </Text>
          )}
          {answer?.words && (
            <Text size="sm" data-testid="formula-preview-words">
              {answer.words}
            </Text>
          )}
          {answer && answer.value !== null && (
            <Group gap="md" wrap="wrap">
              <Text size="sm">
                {t('formula.previewValue')}{' '}
                <Text span fw={700} ff="monospace" data-testid="formula-preview-value">
                  {answer.value}
                </Text>
              </Text>
              {answer.evaluation && (
                <Group gap="xs">
                  <LevelBadge level={answer.evaluation.level} testId="formula-preview-level" />
                  <Text size="sm">
                    {t('formula.previewScore')}{' '}
                    <Text span ff="monospace">
                      {answer.evaluation.score}
                    </Text>
                  </Text>
                </Group>
              )}
            </Group>
          )}
          {answer && answer.value === null && answer.problems.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('formula.previewNeedsValues')}
            </Text>
          )}
          {answer && answer.problems.length > 0 && (
            <List size="sm" c="orange.9" data-testid="formula-preview-problems">
              {answer.problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Paper>
      {error && (
        <Alert color="red" variant="light" p="xs" data-testid="formula-error">
          <Text size="sm">{error}</Text>
        </Alert>
      )}
    </Stack>
  );
}
