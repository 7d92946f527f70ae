import { Paper, Stack, Text, Title } from '@mantine/core';
import { AgreementKpisView } from './agreement-kpis-field';
import { problemAt } from './field-values';
import { PhotoFieldInput } from './photo-field';
import { ScalarInput } from './scalar-field';
import { SignatureFieldInput } from './signature-field';
import { TableFieldInput } from './table-field';
import type { FormDefinition, FormField, FormProblem, FormValues, PhotoSupport } from './types';

export type FormRendererProps = {
  definition: FormDefinition;
  values: FormValues;
  /** The whole form's values after one field changed. */
  onChange: (values: FormValues) => void;
  /** Problems from checkValues (the server's or the page's own): shown under the field their path names. */
  problems: readonly FormProblem[];
  readOnly: boolean;
  /** How photos are taken and shown; without it (the designer's preview) photo fields say they work on a real form. */
  photos?: PhotoSupport;
};

/** The id of a field's block on the page, for a problems list to link to ("#form-field-fund_total"). */
export const fieldAnchor = (key: string) => `form-field-${key}`;

function FieldView({
  field,
  values,
  onChange,
  problems,
  readOnly,
  photos,
}: Omit<FormRendererProps, 'definition'> & { field: FormField }) {
  const value = values[field.key];
  const set = (next: unknown) => onChange({ ...values, [field.key]: next });
  const shared = { value, onChange: set, problems, readOnly };
  switch (field.kind) {
    case 'table':
      return <TableFieldInput {...shared} field={field} />;
    case 'signature':
      return <SignatureFieldInput {...shared} field={field} />;
    case 'photo':
      return <PhotoFieldInput {...shared} field={field} photos={photos} />;
    case 'agreementKpis':
      return <AgreementKpisView field={field} value={value} />;
    default:
      return (
        <ScalarInput
          field={field}
          value={value}
          onChange={set}
          error={problemAt(problems, field.key)}
          readOnly={readOnly}
          testId={`form-input-${field.key}`}
        />
      );
  }
}

/**
 * A follow-up form drawn from its definition: sections of fields, each with its Thai label, its value and the
 * problems naming it. The fill page, the designer's preview and a finished (read-only) form all use it.
 */
export function FormRenderer({
  definition,
  values,
  onChange,
  problems,
  readOnly,
  photos,
}: FormRendererProps) {
  return (
    <Stack gap="md" data-testid="form-renderer">
      {definition.sections.map((section, s) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: sections are drawn in the definition's order
        <Paper key={s} withBorder p={{ base: 'sm', sm: 'md' }} data-testid="form-section">
          <Stack gap="md">
            {section.titleTh && (
              <Title order={3} size="h5">
                {section.titleTh}
              </Title>
            )}
            {section.fields.length === 0 && (
              <Text size="sm" c="dimmed">
                -
              </Text>
            )}
            {section.fields.map((field) => (
              <div key={field.key} id={fieldAnchor(field.key)} data-testid={`form-field-${field.key}`}>
                <FieldView
                  field={field}
                  values={values}
                  onChange={onChange}
                  problems={problems}
                  readOnly={readOnly}
                  photos={photos}
                />
              </div>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
