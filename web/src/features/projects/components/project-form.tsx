import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useAddProject, useChangeProject } from '../api';
import type { Project, ProjectChanges } from '../types';

type Fields = {
  round: string;
  name: string;
  budgetLineId: string;
  completionPercent: string;
  completedOn: string;
  evaluationSubmittedOn: string;
};

const empty: Fields = {
  round: '1',
  name: '',
  budgetLineId: '',
  completionPercent: '0',
  completedOn: '',
  evaluationSubmittedOn: '',
};

const fieldsOf = (p: Project): Fields => ({
  round: String(p.round),
  name: p.name,
  budgetLineId: p.budgetLineId === null ? '' : String(p.budgetLineId),
  completionPercent: p.completionPercent,
  completedOn: p.completedOn ?? '',
  evaluationSubmittedOn: p.evaluationSubmittedOn ?? '',
});

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Adds a project, or (given one) edits it: completion %, completion date and evaluation date (photos: ProjectPhotos). */
export function ProjectForm({
  unit,
  fiscalYear,
  editing,
  onDone,
}: {
  unit: string;
  fiscalYear: number;
  editing: Project | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const add = useAddProject();
  const change = useChangeProject();
  const [fields, setFields] = useState<Fields>(empty);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setFields(editing ? fieldsOf(editing) : empty);
  }, [editing]);
  const mutation = editing ? change : add;
  const set = (key: keyof Fields) => (value: string) =>
    setFields((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const line = orNull(fields.budgetLineId);
    const changes: ProjectChanges = {
      name: fields.name.trim(),
      budgetLineId: line === null ? null : Number(line),
      completionPercent: fields.completionPercent.trim(),
      completedOn: orNull(fields.completedOn),
      evaluationSubmittedOn: orNull(fields.evaluationSubmittedOn),
    };
    const done = {
      onSuccess: () => {
        setSaved(true);
        if (!editing) setFields(empty);
        onDone();
      },
    };
    if (editing)
      change.mutate({ id: editing.id, changes: { ...changes, rowVersion: editing.rowVersion } }, done);
    else add.mutate({ ...changes, unitCode: unit, fiscalYear, round: Number(fields.round) }, done);
  };

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="project-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {editing ? t('prj.editTitle', { name: editing.name }) : t('prj.addTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <TextInput
              label={t('prj.name')}
              value={fields.name}
              onChange={(e) => set('name')(e.currentTarget.value)}
              required
              data-testid="project-name"
            />
            <Select
              label={t('prj.round')}
              value={fields.round}
              onChange={(v) => v && set('round')(v)}
              data={['1', '2']}
              allowDeselect={false}
              disabled={editing !== null}
              data-testid="project-round"
            />
            <TextInput
              label={t('prj.completion')}
              value={fields.completionPercent}
              inputMode="decimal"
              onChange={(e) => set('completionPercent')(e.currentTarget.value)}
              data-testid="project-completion-input"
            />
            <ThaiDateInput
              label={t('prj.completedOnInput')}
              value={fields.completedOn}
              onChange={set('completedOn')}
              testId="project-completed-on-input"
            />
            <ThaiDateInput
              label={t('prj.submittedOnInput')}
              value={fields.evaluationSubmittedOn}
              onChange={set('evaluationSubmittedOn')}
              testId="project-submitted-on-input"
            />
            <TextInput
              label={t('prj.budgetLine')}
              value={fields.budgetLineId}
              inputMode="numeric"
              onChange={(e) => set('budgetLineId')(e.currentTarget.value)}
              data-testid="project-budget-line-input"
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={mutation.isPending} data-testid="project-submit">
              {t('reg.save')}
            </Button>
            {editing && (
              <Button variant="default" onClick={onDone} data-testid="project-cancel">
                {t('reg.cancel')}
              </Button>
            )}
          </Group>
          {mutation.isError && <ErrorAlert error={mutation.error} withTitle={false} testId="project-error" />}
          {saved && !mutation.isError && (
            <Alert color="green" data-testid="project-saved">
              {t('reg.saved')}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
