import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useCurrentUser } from '../../auth/api';
import { useCreateTemplate } from '../api';
import { startingDefinition } from '../definition-edit';
import type { FormDefinition } from '../types';

/** The server's code rule: 2–40 characters of a–z, 0–9 and -, starting with a letter. */
const codePattern = /^[a-z][a-z0-9-]{1,39}$/;

type Props = {
  /** A copy of another form's definition (its title offered for change), or a new empty one. */
  from?: FormDefinition;
  onCancel: () => void;
};

/** The code and title of a new form; the province admin's forms belong to the province, the department's to all. */
export function NewTemplateForm({ from, onCancel }: Props) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const create = useCreateTemplate();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState(from?.titleTh ?? '');
  const [checked, setChecked] = useState(false);
  const codeError = checked && !codePattern.test(code.trim()) ? t('formTemplates.codeInvalid') : undefined;
  const titleError = checked && title.trim() === '' ? t('formTemplates.titleRequired') : undefined;
  const submit = () => {
    setChecked(true);
    if (!codePattern.test(code.trim()) || title.trim() === '') return;
    const definition = from ? { ...from, titleTh: title.trim() } : startingDefinition(title.trim());
    create.mutate(
      {
        code: code.trim(),
        definition,
        ...(me.scope.kind === 'province' ? { unit: me.scope.code } : {}),
      },
      { onSuccess: (saved) => navigate(`/form-templates/${saved.id}`) },
    );
  };
  return (
    <Paper withBorder p="md" data-testid="form-template-new-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('formTemplates.new')}
        </Title>
        <TextInput
          label={t('formTemplates.formTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={titleError}
          required
          data-testid="form-template-new-title"
        />
        <TextInput
          label={t('formTemplates.code')}
          description={t('formTemplates.codeHelp')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value.toLowerCase())}
          error={codeError}
          required
          spellCheck={false}
          autoCapitalize="off"
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-testid="form-template-new-code"
        />
        {create.isError && <ErrorAlert error={create.error} />}
        <Group>
          <Button loading={create.isPending} onClick={submit} data-testid="form-template-create">
            {t('formTemplates.create')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('formTemplates.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
