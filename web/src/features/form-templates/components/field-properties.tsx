import {
  Alert,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formTemplateMessages } from '../../../shared/i18n/messages/form-templates';
import { formulaKeys, keyPattern, suggestKey } from '../definition-edit';
import type { CommunityFundMeasure, FormField } from '../types';
import { ChoiceOptions } from './choice-options';
import { ComputedProperties } from './computed-properties';
import { WholeNumberInput } from './number-input-text';
import { TableColumns } from './table-columns';

const measurePrefix = 'designer.measure.';

/** The register's measures a number may be prefilled from: those the messages name (every measure has one). */
const measures = Object.keys(formTemplateMessages)
  .filter((key) => key.startsWith(measurePrefix))
  .map((key) => key.slice(measurePrefix.length) as CommunityFundMeasure);

type Props = {
  field: FormField;
  onChange: (field: FormField) => void;
  /** The fields a formula here may use (the form's, or the row's for a table column). */
  scope: FormField[];
  /** Keys the other fields already hold (a field's key must differ). */
  otherKeys: string[];
  disabled: boolean;
  /** The server's message about this field (or its column), shown above its properties. */
  problem?: string | undefined;
  /** A table column's properties: no prefill. */
  column?: boolean;
  /** The server's message about a column of this table, by column index. */
  columnProblem?: { column: number; message: string } | undefined;
};

const optionalText = (value: string) => (value.trim() === '' ? undefined : value);

/** Every property of one field, by its kind; a table field's columns are edited the same way, one at a time. */
export function FieldProperties({
  field,
  onChange,
  scope,
  otherKeys,
  disabled,
  problem,
  column = false,
  columnProblem,
}: Props) {
  const { t } = useI18n();
  const keyError = !keyPattern.test(field.key)
    ? t('designer.keyInvalid')
    : otherKeys.includes(field.key)
      ? t('designer.keyTaken', { key: field.key })
      : undefined;
  const suggested = suggestKey(field.kind, otherKeys);
  const set = <K extends keyof FormField>(key: K, value: FormField[K]) =>
    onChange({ ...field, [key]: value } as FormField);
  /** An optional string property: removed when emptied, so the definition carries no empty units. */
  const setOptional = (key: 'unit' | 'min' | 'max' | 'helpTh', value: string) => {
    const { [key]: _, ...rest } = field as FormField & Record<string, unknown>;
    const text = optionalText(value);
    onChange((text === undefined ? rest : { ...rest, [key]: text }) as FormField);
  };
  const testPrefix = column ? 'designer-column' : 'designer-field';
  /** The unit, minimum or maximum of a number (the unit of a computed field too): a box that may stay empty. */
  const optionalInput = (key: 'unit' | 'min' | 'max', value: string | undefined) => (
    <TextInput
      label={t(`designer.${key}`)}
      value={value ?? ''}
      inputMode={key === 'unit' ? undefined : 'decimal'}
      disabled={disabled}
      onChange={(e) => setOptional(key, e.currentTarget.value)}
      data-testid={`${testPrefix}-${key}`}
    />
  );
  const decimalsSelect = (decimals: number) => (
    <Select
      label={t('designer.decimals')}
      value={String(decimals)}
      data={['0', '1', '2', '3', '4']}
      allowDeselect={false}
      disabled={disabled}
      onChange={(v) => onChange({ ...field, decimals: Number(v ?? 0) } as FormField)}
      data-testid={`${testPrefix}-decimals`}
    />
  );

  return (
    <Stack gap="xs" data-testid={`${testPrefix}-properties`}>
      <Title order={4} size="h5">
        {t(`designer.kind.${field.kind}`)}
      </Title>
      {problem && (
        <Alert color="red" p="xs" data-testid={`${testPrefix}-problem`}>
          {problem}
        </Alert>
      )}
      <Textarea
        label={t('designer.label')}
        value={field.labelTh}
        autosize
        minRows={1}
        required
        disabled={disabled}
        onChange={(e) => set('labelTh', e.currentTarget.value)}
        data-testid={`${testPrefix}-label`}
      />
      <Stack gap={2}>
        <TextInput
          label={t('designer.key')}
          description={t('designer.keyHelp')}
          value={field.key}
          required
          disabled={disabled}
          error={keyError}
          spellCheck={false}
          autoCapitalize="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          onChange={(e) => set('key', e.currentTarget.value.trim().toLowerCase())}
          data-testid={`${testPrefix}-key`}
        />
        {!disabled && keyError && (
          <Text
            size="xs"
            c="blue"
            style={{ cursor: 'pointer' }}
            onClick={() => set('key', suggested)}
            data-testid={`${testPrefix}-key-suggest`}
          >
            {t('designer.useSuggested', { key: suggested })}
          </Text>
        )}
      </Stack>
      <TextInput
        label={t('designer.help')}
        value={field.helpTh ?? ''}
        disabled={disabled}
        onChange={(e) => setOptional('helpTh', e.currentTarget.value)}
        data-testid={`${testPrefix}-help`}
      />
      {field.kind !== 'computed' && field.kind !== 'agreementKpis' && (
        <Checkbox
          label={t('designer.required')}
          checked={field.required}
          disabled={disabled}
          onChange={(e) => set('required', e.currentTarget.checked)}
          data-testid={`${testPrefix}-required`}
        />
      )}
      {field.kind === 'number' && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            {optionalInput('unit', field.unit)}
            {optionalInput('min', field.min)}
            {optionalInput('max', field.max)}
            {decimalsSelect(field.decimals)}
          </SimpleGrid>
          {!column && (
            <Select
              label={t('designer.prefill')}
              value={field.prefill?.measure ?? ''}
              disabled={disabled}
              allowDeselect={false}
              data={[
                { value: '', label: t('designer.prefillNone') },
                ...measures.map((m) => ({ value: m, label: t(`designer.measure.${m}`) })),
              ]}
              onChange={(value) => {
                const { prefill: _, ...rest } = field;
                onChange(
                  value
                    ? {
                        ...rest,
                        prefill: { source: 'community-funds', measure: value as CommunityFundMeasure },
                      }
                    : rest,
                );
              }}
              data-testid={`${testPrefix}-prefill`}
            />
          )}
        </>
      )}
      {(field.kind === 'text' || field.kind === 'longText') && (
        <WholeNumberInput
          label={t('designer.maxLength')}
          value={field.maxLength}
          disabled={disabled}
          onChange={(maxLength) => {
            const { maxLength: _, ...rest } = field;
            onChange(maxLength === undefined ? rest : { ...rest, maxLength });
          }}
          testId={`${testPrefix}-max-length`}
        />
      )}
      {field.kind === 'choice' && (
        <>
          <Checkbox
            label={t('designer.multiple')}
            checked={field.multiple}
            disabled={disabled}
            onChange={(e) => onChange({ ...field, multiple: e.currentTarget.checked })}
            data-testid={`${testPrefix}-multiple`}
          />
          <ChoiceOptions
            options={field.options}
            disabled={disabled}
            onChange={(options) => onChange({ ...field, options })}
          />
        </>
      )}
      {field.kind === 'computed' && (
        <>
          <ComputedProperties
            field={field}
            onChange={onChange}
            keys={formulaKeys(scope, field.key)}
            disabled={disabled}
          />
          <Group grow>
            {decimalsSelect(field.decimals)}
            {optionalInput('unit', field.unit)}
          </Group>
        </>
      )}
      {field.kind === 'table' && (
        <>
          <Group grow>
            <WholeNumberInput
              label={t('designer.minRows')}
              value={field.minRows}
              disabled={disabled}
              onChange={(minRows) => onChange({ ...field, minRows: minRows ?? 0 })}
              testId="designer-min-rows"
            />
            <WholeNumberInput
              label={t('designer.maxRows')}
              value={field.maxRows}
              disabled={disabled}
              onChange={(maxRows) => onChange({ ...field, maxRows: maxRows ?? 1 })}
              testId="designer-max-rows"
            />
          </Group>
          <TableColumns
            columns={field.columns}
            onChange={(columns) => onChange({ ...field, columns })}
            disabled={disabled}
            problem={columnProblem}
            editor={({ column: col, onChange: change, columns, otherKeys: taken, problem: message }) => (
              <FieldProperties
                field={col}
                onChange={change}
                scope={columns}
                otherKeys={taken}
                disabled={disabled}
                problem={message}
                column
              />
            )}
          />
        </>
      )}
      {field.kind === 'photo' && (
        <Select
          label={t('designer.maxCount')}
          value={String(field.maxCount)}
          data={Array.from({ length: 10 }, (_, i) => String(i + 1))}
          allowDeselect={false}
          disabled={disabled}
          onChange={(v) => onChange({ ...field, maxCount: Number(v ?? 1) })}
          data-testid="designer-max-count"
        />
      )}
      {field.kind === 'signature' && (
        <>
          <Select
            label={t('designer.signerCount')}
            value={String(field.count)}
            data={['1', '2', '3']}
            allowDeselect={false}
            disabled={disabled}
            onChange={(v) => onChange({ ...field, count: Number(v ?? 1) })}
            data-testid="designer-signer-count"
          />
          <Text size="xs" c="dimmed">
            {t('designer.signatureHelp')}
          </Text>
        </>
      )}
      {field.kind === 'agreementKpis' && (
        <Text size="sm" c="dimmed">
          {t('designer.agreementKpisHelp')}
        </Text>
      )}
    </Stack>
  );
}
