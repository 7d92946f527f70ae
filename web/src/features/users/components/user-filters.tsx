import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { useTextFields } from '../../../shared/ui/use-text-fields';
import { roles } from '../../auth/types';
import type { UserFilters as Filters } from '../types';

type Props = { filters: Filters; onChange: (filters: Filters) => void };

export function UserFilters({ filters, onChange }: Props) {
  const { t } = useI18n();
  const { values: draft, setValues: setDraft, bind } = useTextFields(filters);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: draft.q.trim(), role: draft.role, unit: draft.unit.trim() });
  };

  const clear = () => {
    const empty = { q: '', role: '', unit: '' };
    setDraft(empty);
    onChange(empty);
  };

  return (
    <form onSubmit={submit} data-testid="user-filters">
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('users.filterText')}
          {...bind('q')}
          w={{ base: '100%', sm: 240 }}
          data-testid="user-filter-q"
        />
        <NativeSelect
          label={t('users.filterRole')}
          {...bind('role')}
          data={[
            { value: '', label: t('common.all') },
            ...roles.map((role) => ({ value: role, label: t(`role.${role}`) })),
          ]}
          w={{ base: '100%', sm: 260 }}
          data-testid="user-filter-role"
        />
        <TextInput
          label={t('users.filterUnit')}
          {...bind('unit')}
          w={{ base: '100%', sm: 140 }}
          data-testid="user-filter-unit"
        />
        <Button type="submit">{t('common.search')}</Button>
        <Button variant="subtle" onClick={clear}>
          {t('common.clear')}
        </Button>
      </Group>
    </form>
  );
}
