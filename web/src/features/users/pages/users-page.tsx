import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useUpdateUser, useUsers } from '../api';
import { UserDialog } from '../components/user-dialog';
import { UserFilters } from '../components/user-filters';
import { UserTable } from '../components/user-table';
import type { UserFilters as Filters, User } from '../types';

/** The filters live in the URL so a filtered list can be linked. */
function useUserFilters(): [Filters, (filters: Filters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = {
    q: searchParams.get('q') ?? '',
    role: searchParams.get('role') ?? '',
    unit: searchParams.get('unit') ?? '',
  };
  const setFilters = (next: Filters) =>
    setSearchParams(
      Object.entries(next).filter(([, value]) => value !== ''),
      { replace: true },
    );
  return [filters, setFilters];
}

export function UsersPage() {
  const { t } = useI18n();
  const [filters, setFilters] = useUserFilters();
  const users = useUsers(filters);
  const toggle = useUpdateUser();
  const [target, setTarget] = useState<User | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const toggleActive = (user: User) =>
    toggle.mutate({ user, changes: { active: !user.active } }, { onSuccess: () => setNotice(null) });

  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <Title order={2}>{t('users.title')}</Title>
        <Button onClick={() => setTarget('new')} data-testid="user-add">
          {t('users.add')}
        </Button>
      </Group>
      <UserFilters key={JSON.stringify(filters)} filters={filters} onChange={setFilters} />
      {notice && (
        <Alert color="green" withCloseButton onClose={() => setNotice(null)} data-testid="user-notice">
          {notice}
        </Alert>
      )}
      {toggle.isError && <ErrorAlert error={toggle.error} withTitle={false} />}
      {users.isPending && <PageLoader />}
      {users.isError && <ResourceError error={users.error} />}
      {users.data && (
        <UserTable
          users={users.data}
          onEdit={setTarget}
          onToggleActive={toggleActive}
          togglingId={toggle.isPending ? (toggle.variables?.user.id ?? null) : null}
        />
      )}
      <UserDialog target={target} onClose={() => setTarget(null)} onSaved={setNotice} />
    </Stack>
  );
}
