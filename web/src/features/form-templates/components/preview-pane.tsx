import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { FormRenderer } from '../../follow-ups/components/form-renderer/form-renderer';
import { usePreview } from '../api';
import { withComputed } from '../preview-values';
import type { FormDefinition, FormValues } from '../types';

/**
 * The form as the follow-up team will see it, drawn by the fill page's own renderer, with sample values the server
 * checks as it would on finishing (POST /form-templates/preview): computed fields filled in, problems listed.
 */
export function PreviewPane({ definition }: { definition: FormDefinition }) {
  const { t } = useI18n();
  const [values, setValues] = useState<FormValues>({});
  const [request] = useDebouncedValue({ definition, values }, 400);
  const preview = usePreview(request);
  const answer = preview.data;
  const shown = withComputed(definition, values, answer?.values);
  return (
    <Stack gap="sm" data-testid="designer-preview">
      <Text size="sm" c="dimmed">
        {t('designer.previewHelp')}
      </Text>
      <Paper p={{ base: 'xs', sm: 'md' }} bg="gray.0">
        <Stack gap="sm">
          <Title order={3} size="h4" ta="center">
            {definition.titleTh}
          </Title>
          {definition.subtitleTh && (
            <Text ta="center" size="sm">
              {definition.subtitleTh}
            </Text>
          )}
          <FormRenderer
            definition={definition}
            values={shown}
            onChange={setValues}
            problems={answer?.problems ?? []}
            readOnly={false}
          />
        </Stack>
      </Paper>
      {preview.isError && <ErrorAlert error={preview.error} testId="designer-preview-error" />}
      {answer && answer.problems.length > 0 && (
        <Alert color="orange" title={t('designer.previewProblems')} data-testid="designer-preview-problems">
          <List size="sm">
            {answer.problems.map((problem) => (
              <List.Item key={`${problem.path}:${problem.messageTh}`}>{problem.messageTh}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {answer && !preview.isError && answer.problems.length === 0 && (
        <Alert color="green" data-testid="designer-preview-ok">
          {t('designer.previewOk')}
        </Alert>
      )}
    </Stack>
  );
}
