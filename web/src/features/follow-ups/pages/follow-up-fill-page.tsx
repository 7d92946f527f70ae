import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useTemplate } from '../../form-templates/api';
import { photoUrl, uploadPhoto, useAmendFollowUp, useFinishFollowUp } from '../api';
import { FormRenderer } from '../components/form-renderer/form-renderer';
import type { FormDefinition, FormProblem, PhotoSupport } from '../components/form-renderer/types';
import { ProblemList } from '../components/problem-list';
import { SaveStatus } from '../components/save-status';
import { FollowUpStatusBadge } from '../components/status-badge';
import { type DraftView, useFollowUpDraft } from '../drafts/use-follow-up-draft';
import { liveCheck } from '../live-check';
import type { FollowUp, FollowUpStart } from '../types';

/** The start handed over by /follow-ups/new, when this page was opened from there. */
function useStart(): { start?: FollowUpStart; view?: DraftView } {
  return (useLocation().state as { start?: FollowUpStart; view?: DraftView } | null) ?? {};
}

/** The prefill's sources by where they came from ("ทะเบียนกองทุน… ณ วันที่ …"), each with the fields it filled. */
function sourceGroups(sources: FollowUpStart['sources']): [string, FollowUpStart['sources']][] {
  const groups = new Map<string, FollowUpStart['sources']>();
  for (const s of sources) groups.set(s.asOfTh, [...(groups.get(s.asOfTh) ?? []), s]);
  return [...groups];
}

/** The phone's own check and the server's name the same problem once. */
const withoutRepeats = (problems: FormProblem[]) =>
  problems.filter(
    (p, i) => problems.findIndex((q) => q.path === p.path && q.messageTh === p.messageTh) === i,
  );

/** The versions of a follow-up, each printable; the one on screen marked. */
function Versions({ followUp }: { followUp: FollowUp }) {
  const { t } = useI18n();
  if (followUp.versions.length < 2) return null;
  return (
    <Paper withBorder p="sm" data-testid="follow-up-versions">
      <Text fw={600} size="sm">
        {t('fu.versions')}
      </Text>
      <List size="sm">
        {followUp.versions.map((v) => (
          <List.Item key={v.id}>
            {t('fu.version', { version: v.version })} ·{' '}
            {t(v.status === 'finished' ? 'fu.finished' : 'fu.draft')}
            {v.id === followUp.id ? ` (${t('fu.thisVersion')})` : ''} ·{' '}
            <Anchor component={Link} to={`/print/follow-ups/${v.id}`} size="sm">
              {t('fu.print')}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

/**
 * /follow-ups/fill/:clientId (a new version opens under its own client id: the page starts afresh): a follow-up filled on site, kept on the device and sent when the network allows
 * (useFollowUpDraft); finishing names what is missing under each field; a finished one is read only, amended by a
 * new version.
 */
export function FollowUpFillPage() {
  const clientId = useParams().clientId ?? '';
  return <FollowUpFill key={clientId} clientId={clientId} />;
}

function FollowUpFill({ clientId }: { clientId: string }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { start, view } = useStart();
  const { online } = useNetwork();
  const draft = useFollowUpDraft(
    clientId,
    start && {
      draft: {
        templateId: start.templateId,
        unit: start.unit,
        followUpDate: start.followUpDate,
        values: start.values,
      },
      view: view ?? null,
    },
  );
  const finish = useFinishFollowUp();
  const amend = useAmendFollowUp();
  const [finishTried, setFinishTried] = useState(false);
  const server = (finish.data ?? draft.followUp) as FollowUp | undefined;
  // Before the server has answered for a new form (offline), what the draft kept when it started is shown.
  const kept = draft.view as { definition: FormDefinition; unitNameTh: string } | undefined;
  const template = useTemplate(server || kept ? Number.NaN : (draft.draft?.templateId ?? Number.NaN));
  const definition = server?.template.definition ?? kept?.definition ?? template.data?.definition;

  if (draft.status === 'error' && !draft.draft)
    return (
      <Alert color="red" data-testid="follow-up-missing">
        {draft.message ?? t('fu.saveError')}
      </Alert>
    );
  if (!draft.draft || !definition) return <PageLoader />;

  const finished = server?.status === 'finished';
  const readOnly = finished || (server !== undefined && !server.canEdit) || draft.status === 'conflict';
  const live = liveCheck(definition, draft.draft.values);
  const values = finished && server ? server.values : live.shown;
  const problems = finished
    ? []
    : withoutRepeats([...live.problems, ...(finishTried ? (server?.problems ?? []) : [])]);
  const canFinish = server !== undefined && draft.status === 'saved' && online;
  const photos: PhotoSupport | undefined = server && {
    upload: (key, file) => uploadPhoto(server.id, key, file),
    url: (fileId) => photoUrl(server.id, fileId),
    unavailableTh: online ? null : t('fu.photoOffline'),
  };
  const photoSupport: PhotoSupport = photos ?? {
    upload: () => Promise.reject(new Error(t('fu.photoAfterSave'))),
    url: () => '',
    unavailableTh: t('fu.photoAfterSave'),
  };

  const onFinish = () => {
    if (!server) return;
    setFinishTried(true);
    finish.mutate(server.id, {
      onSuccess: () => draft.reloadFromServer(),
      onError: (e) => {
        if (isApiError(e, 422)) draft.reloadFromServer();
      },
    });
  };

  return (
    <Stack maw={900} gap="md" data-testid="follow-up-fill">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {definition.titleTh}
        </Title>
        {definition.subtitleTh && <Text size="sm">{definition.subtitleTh}</Text>}
        <Group gap="xs">
          <Text fw={600} data-testid="follow-up-unit">
            {server?.unit.nameTh ?? kept?.unitNameTh}
          </Text>
          {server && <FollowUpStatusBadge status={server.status} version={server.version} />}
        </Group>
        <SaveStatus status={draft.status} message={draft.message} onReload={draft.reloadFromServer} />
      </Stack>
      {start && start.sources.length > 0 && !finished && (
        <Alert color="blue" p="xs" data-testid="follow-up-sources">
          {sourceGroups(start.sources).map(([asOf, fields]) => (
            <Text key={asOf} size="sm">
              {t('fu.source', { asOf, n: fields.length })}
            </Text>
          ))}
        </Alert>
      )}
      <ProblemList problems={problems} />
      {finish.isError && !isApiError(finish.error, 422) && <ErrorAlert error={finish.error} />}
      {finished ? (
        <Text data-testid="follow-up-date-view">
          {t('fu.followUpDate')}:{' '}
          {server?.followUpDate ? formatIsoDate(server.followUpDate, lang) : t('fu.noDate')}
        </Text>
      ) : (
        <ThaiDateInput
          label={t('fu.followUpDate')}
          value={draft.draft.followUpDate ?? ''}
          onChange={(v) => draft.update({ followUpDate: v === '' ? null : v })}
          readOnly={readOnly}
          size="md"
          maw={320}
          testId="follow-up-fill-date"
        />
      )}
      <FormRenderer
        definition={definition}
        values={values}
        onChange={(next) => draft.update({ values: next })}
        problems={problems}
        readOnly={readOnly}
        photos={photoSupport}
      />
      {finished && (
        <Alert color="green" data-testid="follow-up-locked">
          {t(server?.canAmend ? 'fu.locked' : 'fu.lockedReadOnly')}
        </Alert>
      )}
      {amend.isError && <ErrorAlert error={amend.error} />}
      <Group gap="sm">
        {!finished && server?.canEdit && (
          <Button
            size="md"
            color="green"
            onClick={onFinish}
            loading={finish.isPending}
            disabled={!canFinish}
            data-testid="follow-up-finish"
          >
            {t('fu.finish')}
          </Button>
        )}
        {finished && server?.canAmend && (
          <Button
            size="md"
            variant="light"
            loading={amend.isPending}
            onClick={() =>
              amend.mutate(server.id, { onSuccess: (next) => navigate(`/follow-ups/fill/${next.clientId}`) })
            }
            data-testid="follow-up-amend"
          >
            {t('fu.amend')}
          </Button>
        )}
        {server && (
          <Button
            size="md"
            variant="default"
            component={Link}
            to={`/print/follow-ups/${server.id}`}
            data-testid="follow-up-print"
          >
            {t('fu.print')}
          </Button>
        )}
        <Button size="md" variant="subtle" component={Link} to="/follow-ups">
          {t('fu.backToList')}
        </Button>
      </Group>
      {!canFinish && !finished && server?.canEdit && (
        <Text size="xs" c="dimmed">
          {t('fu.finishWhenSaved')}
        </Text>
      )}
      {server && <Versions followUp={server} />}
    </Stack>
  );
}
