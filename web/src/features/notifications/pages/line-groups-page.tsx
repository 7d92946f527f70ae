import { Alert, Badge, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { AccessDenied } from '../../../shared/ui/access-denied';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useCurrentUser } from '../../auth/api';
import { ProvinceSelect } from '../../reports/components/province-select';
import { useUnit } from '../../units/api';
import { unitName } from '../../units/unit-name';
import { useLineGroups } from '../api';
import { LineGroupDialog, RemoveLineGroupDialog } from '../components/line-group-dialogs';
import { canManageLineGroups, type LineGroupRow, lineGroupRows, shortGroupId } from '../line-groups';

type Editing = { row: LineGroupRow; action: 'set' | 'remove' } | null;

/** What the LINE group is for, how to get its id, and what a unit without one gets: three short paragraphs. */
function Explanation() {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" data-testid="line-groups-help">
      <Stack gap="sm">
        {(
          [
            ['lineGroups.whatTitle', 'lineGroups.what'],
            ['lineGroups.howTitle', 'lineGroups.how'],
            ['lineGroups.noneTitle', 'lineGroups.none'],
          ] as const
        ).map(([title, text]) => (
          <div key={title}>
            <Text fw={600}>{t(title)}</Text>
            <Text size="sm">{t(text)}</Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function RowView({ row, onEdit }: { row: LineGroupRow; onEdit: (editing: Editing) => void }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder p="sm" data-testid="line-group-row" data-unit={row.code}>
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 220px', minWidth: 0 }}>
          <Group gap={6} wrap="wrap">
            <Badge size="sm" variant="light" color={row.kind === 'province' ? 'indigo' : 'gray'}>
              {t(row.kind === 'province' ? 'lineGroups.province' : 'lineGroups.district')}
            </Badge>
            <Text fw={600} data-testid="line-group-unit">
              {unitName(row, lang)}
            </Text>
          </Group>
          {row.groupId ? (
            <Text size="sm" title={row.groupId} data-testid="line-group-value">
              {t('lineGroups.group')} <Code>{shortGroupId(row.groupId)}</Code>
            </Text>
          ) : (
            <Text size="sm" c="dimmed" data-testid="line-group-none">
              {t('lineGroups.noGroup')}
            </Text>
          )}
        </Stack>
        <Group gap="xs" wrap="wrap">
          <Button
            size="compact-sm"
            variant={row.groupId ? 'default' : 'light'}
            onClick={() => onEdit({ row, action: 'set' })}
            data-testid="line-group-edit"
          >
            {t(row.groupId ? 'lineGroups.change' : 'lineGroups.set')}
          </Button>
          {row.groupId && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={() => onEdit({ row, action: 'remove' })}
              data-testid="line-group-remove"
            >
              {t('lineGroups.remove')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

/** The province (chosen by the department) and its districts, each with its group. */
function LineGroupList({ unitCode }: { unitCode: string }) {
  const { t, lang } = useI18n();
  const unit = useUnit(unitCode);
  const groups = useLineGroups(unitCode);
  const [editing, setEditing] = useState<Editing>(null);

  const error = unit.error ?? groups.error;
  if (error) return <ResourceError error={error} />;
  if (!unit.data || !groups.data) return <PageLoader />;

  const rows = lineGroupRows(unit.data.unit, unit.data.children, groups.data.items);
  const withGroup = rows.filter((row) => row.groupId !== null).length;
  const close = () => setEditing(null);
  return (
    <Stack gap="sm">
      {unit.data.unit.kind === 'province' && (
        <Text c="dimmed" size="sm" data-testid="line-groups-subtitle">
          {t('lineGroups.subtitle', { province: unitName(unit.data.unit, lang) })} ·{' '}
          {t('lineGroups.count', { count: withGroup, total: rows.length })}
        </Text>
      )}
      {withGroup === 0 && (
        <Alert color="blue" data-testid="line-groups-empty">
          {t('lineGroups.empty')}
        </Alert>
      )}
      <Stack gap="xs" data-testid="line-groups-list">
        {rows.map((row) => (
          <RowView key={row.code} row={row} onEdit={setEditing} />
        ))}
      </Stack>
      {editing?.action === 'set' && <LineGroupDialog row={editing.row} onClose={close} />}
      {editing?.action === 'remove' && <RemoveLineGroupDialog row={editing.row} onClose={close} />}
    </Stack>
  );
}

/** /line-groups?unit=: where each unit's reminders are pushed on LINE, for the department and province admins. */
export function LineGroupsPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const unitCode = params.get('unit') ?? (me.scope.kind === 'department' ? '' : me.scope.code);

  if (!canManageLineGroups(me)) return <AccessDenied />;

  return (
    <Stack gap="lg" maw={960} data-testid="line-groups-page">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={2}>{t('lineGroups.title')}</Title>
        <ProvinceSelect value={unitCode} onChange={(code) => setParams({ unit: code })} />
      </Group>
      <Explanation />
      {unitCode === '' ? (
        <Text c="dimmed" data-testid="line-groups-choose-province">
          {t('lineGroups.chooseProvince')}
        </Text>
      ) : (
        <LineGroupList key={unitCode} unitCode={unitCode} />
      )}
    </Stack>
  );
}
