import { Alert, Anchor, List, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { formatDateTime } from '../../../shared/thai-date/format-date';
import { useCurrentUser } from '../../auth/api';
import { followUpKeys } from '../api';
import { draftText } from './draft-messages';
import { pendingDrafts, type StoredDraft } from './draft-records';
import { readAllDrafts } from './draft-store';
import { onDraftSync, syncAllDrafts } from './draft-sync';

/** How a kept draft is named: its form and unit, from the server's answer or from what was kept when it started. */
function titleOf(record: StoredDraft): string | undefined {
  if (record.server) return `${record.server.template.titleTh} · ${record.server.unit.nameTh}`;
  return record.view ? `${record.view.definition.titleTh} · ${record.view.unitNameTh}` : undefined;
}

/**
 * The drafts kept on this device that the server does not have yet (offline, or the session ended), each linking
 * to its fill page. Showing it also sends them: this is where a user lands after signing in again. When the network
 * comes back the page's lists are asked again: a page opened offline knows no 'offline' event, so react-query's own
 * refetch on reconnect never runs, and the sent drafts belong in the list.
 */
export function PendingDraftsNotice() {
  const { lang } = useI18n();
  const userId = useCurrentUser().id;
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<StoredDraft[]>([]);

  useEffect(() => {
    let live = true;
    const refresh = () =>
      readAllDrafts()
        .then((records) => live && setPending(pendingDrafts(records, userId)))
        .catch(() => live && setPending([]));
    const send = () => void syncAllDrafts(userId);
    const reconnect = () =>
      void syncAllDrafts(userId)
        .catch(() => undefined)
        .then(() =>
          queryClient.refetchQueries({
            type: 'active',
            predicate: (query) => query.state.status === 'error' || query.queryKey[0] === followUpKeys.all[0],
          }),
        );
    const stop = onDraftSync(() => void refresh());
    window.addEventListener('online', reconnect);
    void refresh().then(send);
    return () => {
      live = false;
      stop();
      window.removeEventListener('online', reconnect);
    };
  }, [userId, queryClient]);

  if (pending.length === 0) return null;
  return (
    <Alert
      color="orange"
      title={draftText('pendingTitle', lang, { count: pending.length })}
      data-testid="pending-drafts"
    >
      <Text size="sm" mb="xs">
        {draftText('pendingBody', lang)}
      </Text>
      <List size="sm" spacing={4}>
        {pending.map((record) => (
          <List.Item key={record.clientId} data-testid="pending-draft">
            <Anchor component={Link} to={`/follow-ups/fill/${record.clientId}`}>
              {titleOf(record) ?? draftText('newDraft', lang)}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              {draftText('editedAt', lang, { at: formatDateTime(new Date(record.editedAt), lang) })}
            </Text>
            {record.conflict && (
              <Text size="xs" c="red">
                {draftText('conflict', lang)}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
