import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useTextFields } from '../../../shared/ui/use-text-fields';
import { actionKey, auditActions, auditEntities, entityKey } from '../audit-names';
import type { AuditFilters as Filters } from '../types';

type Draft = Omit<Filters, 'page'>;
type Props = { filters: Draft; onChange: (filters: Draft) => void };

const empty: Draft = { entity: '', action: '', username: '', from: '', to: '' };

export function AuditFilters({ filters, onChange }: Props) {
  const { t } = useI18n();
  const { values: draft, setValues: setDraft, bind } = useTextFields(filters);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...draft, username: draft.username.trim() });
  };

  const clear = () => {
    setDraft(empty);
    onChange(empty);
  };

  return (
    <form onSubmit={submit} data-testid="audit-filters">
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('audit.entity')}
          {...bind('entity')}
          data={[
            { value: '', label: t('common.all') },
            ...auditEntities
              .map((entity) => ({ value: entity, label: t(entityKey(entity)) }))
              .sort((a, b) => a.label.localeCompare(b.label, 'th')),
          ]}
          w={{ base: '100%', sm: 220 }}
          data-testid="audit-filter-entity"
        />
        <NativeSelect
          label={t('audit.action')}
          {...bind('action')}
          data={[
            { value: '', label: t('common.all') },
            ...auditActions.map((action) => ({ value: action, label: t(actionKey(action)) })),
          ]}
          w={{ base: '100%', sm: 150 }}
          data-testid="audit-filter-action"
        />
        <TextInput
          label={t('audit.username')}
          {...bind('username')}
          w={{ base: '100%', sm: 150 }}
          data-testid="audit-filter-username"
        />
        <ThaiDateInput
          label={t('audit.from')}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
          w={{ base: '47%', sm: 170 }}
          testId="audit-filter-from"
        />
        <ThaiDateInput
          label={t('audit.to')}
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
          w={{ base: '47%', sm: 170 }}
          testId="audit-filter-to"
        />
        <Button type="submit">{t('common.search')}</Button>
        <Button variant="subtle" onClick={clear}>
          {t('common.clear')}
        </Button>
      </Group>
    </form>
  );
}
