import { ActionIcon, Badge, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { formatDateTime } from '../../../shared/thai-date/format-date';
import { actionKey, entityKey } from '../audit-names';
import type { AuditEntry } from '../types';
import { AuditChange } from './audit-change';

const actionColors: Record<AuditEntry['action'], string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  import: 'grape',
  export: 'grape',
  login: 'gray',
  lockout: 'orange',
  submit: 'indigo',
  resubmit: 'indigo',
  return: 'orange',
  approve: 'teal',
  finish: 'teal',
  publish: 'teal',
  retire: 'gray',
  reopen: 'yellow',
};

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, lang } = useI18n();
  const [expanded, setExpanded] = useState<number | null>(null);
  if (entries.length === 0) return <Text c="dimmed">{t('audit.empty')}</Text>;

  const toggle = (id: number) => setExpanded((current) => (current === id ? null : id));

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40} />
            <Table.Th>{t('audit.at')}</Table.Th>
            <Table.Th>{t('audit.user')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.unit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const open = expanded === entry.id;
            return (
              <Fragment key={entry.id}>
                <Table.Tr
                  onClick={() => toggle(entry.id)}
                  style={{ cursor: 'pointer' }}
                  data-testid="audit-row"
                >
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      size="sm"
                      aria-label={t('audit.details')}
                      aria-expanded={open}
                      onClick={(event) => {
                        event.stopPropagation();
                        toggle(entry.id);
                      }}
                    >
                      {open ? '▾' : '▸'}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, lang)}</Table.Td>
                  <Table.Td>
                    {entry.user ? `${entry.user.displayName} (${entry.user.username})` : t('audit.system')}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={actionColors[entry.action] ?? 'gray'}
                      data-testid="audit-action"
                    >
                      {t(actionKey(entry.action))}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <span data-testid="audit-entity">{t(entityKey(entry.entity))}</span>
                    {entry.entityId && (
                      <Text span c="dimmed" size="sm">
                        {` #${entry.entityId}`}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{entry.unit ? `${entry.unit.nameTh} (${entry.unit.code})` : '—'}</Table.Td>
                </Table.Tr>
                {open && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <AuditChange entry={entry} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
