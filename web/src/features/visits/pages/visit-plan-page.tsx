import { Alert, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { formatMonth } from '../../../shared/thai-date/month';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useSaveVisitPlan, useTopics, useVisitPlan, useVisitPlanAction } from '../api';
import { LetterFields } from '../components/letter-fields';
import { RowCard } from '../components/row-card';
import { StatusBadge } from '../components/status-badge';
import { TopicTemplatesModal } from '../components/topic-templates';
import type { PlanBody, PlanRow, VisitPlan } from '../types';

/** A new visit: the previous one's work group and activity carried over (seed 000 lists one activity on many days). */
const newRow = (month: string, previous: PlanRow | undefined): PlanRow => ({
  activityTh: previous?.activityTh ?? '',
  workGroupCode: previous?.workGroupCode ?? null,
  workGroupTh: previous?.workGroupTh ?? '',
  date: previous?.date ?? `${month}-01`,
  timeFrom: previous?.timeFrom ?? '09.00',
  timeTo: null,
  districtCode: null,
  placeTh: '',
  topics: previous?.topics ?? [],
  remarksTh: '',
});

function Editor({ plan }: { plan: VisitPlan }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [body, setBody] = useState<PlanBody>(() => structuredClone(plan.body));
  // The version the plan was loaded at, moved on only by this editor's own saves: a refetch never changes it.
  const [base, setBase] = useState(plan.rowVersion);
  const saveBody = (then?: () => void) =>
    save.mutate(
      { body, rowVersion: base },
      {
        onSuccess: (saved) => {
          setBase(saved.rowVersion);
          then?.();
        },
      },
    );
  useEffect(() => setBody(structuredClone(plan.body)), [plan]);
  const save = useSaveVisitPlan(plan.id);
  const action = useVisitPlanAction(plan.id);
  const topics = useTopics(plan.unit.code);
  const [confirming, setConfirming] = useState(false);
  const [amending, setAmending] = useState(false);
  const [editingTemplates, setEditingTemplates] = useState(false);
  const [reason, setReason] = useState('');
  const readOnly = !plan.canEdit;
  const rowProblems = isApiError(save.error) ? save.error.rows : [];
  const setRows = (rows: PlanRow[]) => setBody((b) => ({ ...b, rows }));
  const districtNames = plan.choices.districts
    .filter((d) => body.rows.some((r) => r.districtCode === d.code))
    .map((d) => d.nameTh);

  return (
    <Stack maw={1000}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} data-testid="visits-plan-title">
            {t('visits.planOf', { month: formatMonth(plan.month, lang) })}
          </Title>
          <Group gap="xs">
            <StatusBadge status={plan.status} version={plan.version} />
            <Text size="sm" c="dimmed">
              {plan.unit.nameTh}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to="/visits" variant="default">
            {t('visits.back')}
          </Button>
          <Button
            component={Link}
            to={`/print/visits/${plan.id}/letter`}
            variant="default"
            data-testid="visits-print-letter"
          >
            {t('visits.printLetter')}
          </Button>
          <Button
            component={Link}
            to={`/print/visits/${plan.id}/plan`}
            variant="default"
            data-testid="visits-print-plan"
          >
            {t('visits.printPlan')}
          </Button>
        </Group>
      </Group>
      {plan.versions.length > 1 && (
        <Group gap="xs">
          <Text size="sm">{t('visits.versions')}:</Text>
          {plan.versions.map((v) => (
            <Button
              key={v.id}
              size="compact-sm"
              variant={v.id === plan.id ? 'filled' : 'default'}
              component={Link}
              to={`/visits/${v.id}`}
            >
              {t('visits.version', { version: v.version })} (
              {v.status === 'finished' ? t('visits.finished') : t('visits.draft')})
            </Button>
          ))}
        </Group>
      )}
      {plan.status === 'finished' && (
        <Alert color="green" data-testid="visits-locked">
          {t('visits.locked')}
          {plan.canAmend && (
            <Button
              ml="md"
              size="xs"
              variant="white"
              onClick={() => setAmending(true)}
              data-testid="visits-amend"
            >
              {t('visits.amend')}
            </Button>
          )}
        </Alert>
      )}
      {plan.status === 'draft' && readOnly && <Alert>{t('visits.readOnly')}</Alert>}
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack>
          <Group justify="space-between">
            <Title order={3} size="h4">
              {t('visits.rows', { count: body.rows.length })}
            </Title>
            {topics.data?.canEdit && (
              <Button
                variant="default"
                size="xs"
                onClick={() => setEditingTemplates(true)}
                data-testid="visits-edit-templates"
              >
                {t('visits.editTemplates')}
              </Button>
            )}
          </Group>
          {body.rows.length === 0 && <Alert data-testid="visits-no-rows">{t('visits.noRows')}</Alert>}
          {body.rows.map((row, i) => (
            <RowCard
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and keep their order
              key={`row-${i}`}
              index={i}
              row={row}
              choices={plan.choices}
              templates={topics.data?.items ?? []}
              problems={rowProblems.filter((p) => p.row === i + 1)}
              readOnly={readOnly}
              onChange={(next) => setRows(body.rows.map((r, j) => (j === i ? next : r)))}
              onCopy={() => setRows([...body.rows.slice(0, i + 1), { ...row }, ...body.rows.slice(i + 1)])}
              onRemove={() => setRows(body.rows.filter((_, j) => j !== i))}
            />
          ))}
          {!readOnly && (
            <Group>
              <Button
                variant="light"
                onClick={() => setRows([...body.rows, newRow(plan.month, body.rows.at(-1))])}
                data-testid="visits-add-row"
              >
                {t('visits.addRow')}
              </Button>
            </Group>
          )}
          <LetterFields
            letter={body.letter}
            districtNames={districtNames}
            readOnly={readOnly}
            onChange={(letter) => setBody((b) => ({ ...b, letter }))}
          />
        </Stack>
      </fieldset>
      {save.isError && <ErrorAlert error={save.error} />}
      {action.isError && !confirming && <ErrorAlert error={action.error} />}
      {!readOnly && (
        <Group
          style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)' }}
          py="xs"
          wrap="wrap"
        >
          <Button loading={save.isPending} onClick={() => saveBody()} data-testid="visits-save">
            {t('visits.save')}
          </Button>
          {save.isSuccess && (
            <Text c="green" data-testid="visits-saved">
              {t('visits.saved')}
            </Text>
          )}
          <Button
            color="green"
            variant="outline"
            onClick={() => saveBody(() => setConfirming(true))}
            data-testid="visits-finish"
          >
            {t('visits.finish')}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('visits.finish')}
        message={t('visits.finishConfirm')}
        confirmLabel={t('visits.confirm')}
        color="green"
        loading={action.isPending}
        error={action.error}
        confirmTestId="visits-finish-confirm"
        onConfirm={() => action.mutate({ kind: 'finish' }, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
      <Modal opened={amending} onClose={() => setAmending(false)} title={t('visits.amend')}>
        <Stack>
          <TextInput
            label={t('visits.amendReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-testid="visits-amend-reason"
          />
          {action.isError && <ErrorAlert error={action.error} withTitle={false} />}
          <Group justify="flex-end">
            <Button
              loading={action.isPending}
              onClick={() =>
                action.mutate(
                  { kind: 'amend', reason },
                  {
                    onSuccess: (next) => {
                      setAmending(false);
                      navigate(`/visits/${next.id}`);
                    },
                  },
                )
              }
              data-testid="visits-amend-confirm"
            >
              {t('visits.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {topics.data && (
        <TopicTemplatesModal
          unit={plan.unit.code}
          templates={topics.data.items}
          opened={editingTemplates}
          onClose={() => setEditingTemplates(false)}
        />
      )}
    </Stack>
  );
}

/** /visits/:id: a month's visit plan and its letter, editable while a draft. */
export function VisitPlanPage() {
  const id = Number(useParams().id);
  const plan = useVisitPlan(id);
  if (plan.isPending) return <PageLoader />;
  if (plan.isError) return <ResourceError error={plan.error} />;
  return <Editor plan={plan.data} />;
}
