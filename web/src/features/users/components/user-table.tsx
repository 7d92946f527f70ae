import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { unitName } from '../../units/unit-name';
import type { User } from '../types';

type Props = {
  users: User[];
  onEdit: (user: User) => void;
  onToggleActive: (user: User) => void;
  togglingId: number | null;
};

export function UserTable({ users, onEdit, onToggleActive, togglingId }: Props) {
  const { t, lang } = useI18n();
  if (users.length === 0) return <Text c="dimmed">{t('users.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid="user-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.username')}</Table.Th>
            <Table.Th>{t('users.displayName')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th>{t('users.unit')}</Table.Th>
            <Table.Th miw={100}>{t('users.status')}</Table.Th>
            <Table.Th miw={180}>{t('users.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row">
              <Table.Td>{user.username}</Table.Td>
              <Table.Td>
                <Text size="sm">{user.displayName}</Text>
                {user.positionTitle && (
                  <Text size="xs" c="dimmed">
                    {user.positionTitle}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`role.${user.role}`)}</Table.Td>
              <Table.Td>
                {unitName(user.unit, lang)}{' '}
                <Text span size="xs" c="dimmed">
                  {user.unit.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={user.active ? 'green' : 'gray'} variant="light">
                  {t(user.active ? 'users.active' : 'users.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button size="xs" variant="light" onClick={() => onEdit(user)} data-testid="user-edit">
                    {t('users.editAction')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color={user.active ? 'red' : 'green'}
                    loading={togglingId === user.id}
                    onClick={() => onToggleActive(user)}
                    data-testid="user-toggle-active"
                  >
                    {t(user.active ? 'users.deactivate' : 'users.activate')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
