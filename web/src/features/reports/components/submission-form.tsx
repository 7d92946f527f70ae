import { Alert, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useSubmissionStep } from '../api';
import { problemList, problemsByField } from '../field-problems';
import { isAttachment, type Submission } from '../types';
import { useDraftAutosave } from '../use-draft-autosave';
import { AttachmentField } from './attachment-field';
import { FieldInput } from './field-input';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Bangkok',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function AutosaveStatus({ autosave }: { autosave: ReturnType<typeof useDraftAutosave> }) {
  const { t } = useI18n();
  const failed = autosave.error !== null && !autosave.saving;
  const text = autosave.saving
    ? t('autosave.saving')
    : failed
      ? t('autosave.failed')
      : autosave.savedAt && !autosave.dirty
        ? t('autosave.saved', { time: timeFormat.format(autosave.savedAt) })
        : autosave.dirty
          ? t('autosave.unsaved')
          : t('autosave.hint');
  const state = autosave.saving
    ? 'saving'
    : failed
      ? 'failed'
      : autosave.dirty
        ? 'dirty'
        : autosave.savedAt
          ? 'saved'
          : 'idle';
  return (
    <Text
      size="sm"
      c={failed ? 'red.8' : state === 'saved' ? 'teal.8' : 'dimmed'}
      data-testid="autosave-status"
      data-state={state}
      aria-live="polite"
    >
      {text}
    </Text>
  );
}

/**
 * The district's form: values by field kind, evidence and photos, the narrative; the draft saves itself.
 * "ส่งรายงาน" first saves what is typed, then asks the server, which names every missing field.
 */
export function SubmissionForm({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const autosave = useDraftAutosave(submission);
  const send = useSubmissionStep(submission.id, 'submit');
  const [sendError, setSendError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const { fields } = submission.reportType;

  const saveProblems = problemsByField(autosave.error);
  const sendProblems = problemsByField(sendError);
  const listed = problemList(sendError);

  const submit = async () => {
    setSendError(null);
    setSubmitting(true);
    try {
      if (await autosave.flush()) await send.mutateAsync(undefined);
    } catch (error) {
      setSendError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const resubmit = submission.status === 'returned';

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} data-testid="submission-form">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4">
            {t('submission.values')}
          </Title>
          <AutosaveStatus autosave={autosave} />
        </Group>
        {fields.map((field) =>
          isAttachment(field) ? (
            <AttachmentField
              key={field.id}
              submissionId={submission.id}
              field={field}
              files={submission.files.filter((file) => file.fieldId === field.id)}
              editable
              problem={sendProblems[field.id]}
            />
          ) : (
            <FieldInput
              key={field.id}
              field={field}
              value={autosave.content.values[field.id] ?? ''}
              saved={submission.values[field.id]}
              error={saveProblems[field.id] ?? sendProblems[field.id]}
              onChange={(value) => autosave.setValue(field.id, value)}
            />
          ),
        )}
        <Textarea
          label={t('submission.narrative')}
          description={t('submission.narrativeHint')}
          value={autosave.content.narrative}
          onChange={(event) => autosave.setNarrative(event.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={16}
          data-testid="submission-narrative"
        />
        {autosave.error !== null && Object.keys(saveProblems).length === 0 && (
          <ErrorAlert error={autosave.error} withTitle={false} testId="autosave-error" />
        )}
        {listed.length > 0 && (
          <Alert color="red" title={t('submission.problems')} data-testid="submit-problems">
            <List size="sm" spacing={2}>
              {listed.map((message) => (
                <List.Item key={message} data-testid="submit-problem">
                  {message}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {sendError !== null && listed.length === 0 && (
          <ErrorAlert error={sendError} withTitle={false} testId="submit-error" />
        )}
        <Group>
          <Button
            size="md"
            onClick={() => void submit()}
            loading={submitting}
            disabled={!submission.can.submit}
            data-testid="submission-submit"
          >
            {resubmit ? t('submission.resubmit') : t('submission.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
