import {
  ActionIcon,
  Alert,
  Autocomplete,
  Badge,
  Button,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { RESOLUTION_PHRASES } from '../../../../../src/domain/minutes/agenda.ts';
import { useI18n } from '../../../shared/i18n/language';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import {
  docxUrl,
  fetchLiveTable,
  useMinutes,
  useMinutesAction,
  useMinutesDefaults,
  useSaveMinutes,
} from '../api';
import { MinutesTableView } from '../components/minutes-table-view';
import type { Minutes, MinutesBody, MinutesHeader, MinutesItem, MinutesResolution } from '../types';

/**
 * The reasons offered for an absentee; any other may be typed. Seed 003 L43 "ผู้ไม่เข้าประชุม" lists nobody, so these are
 * the usual ones of a civil servant's absence (research seed-003 §1.3: "ลาป่วย/ลากิจ/ไปราชการ").
 */
const ABSENCE_REASONS = ['ลาป่วย', 'ลากิจ', 'ลาพักผ่อน', 'ไปราชการ', 'ติดภารกิจ'];
const emptyItem = (): MinutesItem => ({
  heading: '',
  presenter: '',
  text: '',
  tables: [],
  resolution: { phrase: 'รับทราบ', note: '' },
});

type Draft = MinutesHeader & { body: MinutesBody };
const draftOf = (m: Minutes): Draft => ({
  titleTh: m.titleTh,
  meetingDate: m.meetingDate,
  timeFrom: m.timeFrom,
  timeTo: m.timeTo,
  venueTh: m.venueTh,
  body: structuredClone(m.body),
});

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** "มติที่ประชุม": a phrase from the list and the text after it (an item's, or an agenda's without items). */
function ResolutionFields({
  value,
  onChange,
  label,
  testId,
}: {
  value: MinutesResolution;
  onChange: (value: MinutesResolution) => void;
  label: string;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Group grow align="flex-start" wrap="wrap" data-testid={testId}>
      <Select
        label={label}
        data={[...RESOLUTION_PHRASES]}
        value={value.phrase}
        clearable
        onChange={(phrase) => onChange({ ...value, phrase })}
        miw={180}
        data-testid={`${testId}-phrase`}
      />
      <TextInput
        label={t('minutes.resolutionNote')}
        value={value.note}
        onChange={(e) => onChange({ ...value, note: e.currentTarget.value })}
        miw={220}
      />
    </Group>
  );
}

function ItemEditor({
  minutesId,
  agendaNo,
  index,
  item,
  onChange,
  onRemove,
  readOnly,
}: {
  readOnly: boolean;
  minutesId: number;
  agendaNo: number;
  index: number;
  item: MinutesItem;
  onChange: (item: MinutesItem) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const insert = async (kind: 'budget' | 'kpi' | 'timeliness') => {
    setLoading(kind);
    setError(null);
    try {
      const table = await fetchLiveTable(minutesId, kind);
      onChange({ ...item, tables: [...item.tables, table] });
    } catch (e) {
      setError(e);
    } finally {
      setLoading(null);
    }
  };
  return (
    <Paper withBorder p="sm" bg="gray.0" data-testid="minutes-item">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>
            {agendaNo}.{index + 1}
          </Text>
          {!readOnly && (
            <Button size="compact-xs" variant="subtle" color="red" onClick={onRemove}>
              {t('minutes.remove')}
            </Button>
          )}
        </Group>
        <TextInput
          label={t('minutes.heading')}
          value={item.heading}
          onChange={(e) => onChange({ ...item, heading: e.currentTarget.value })}
          data-testid="minutes-item-heading"
        />
        <TextInput
          label={t('minutes.presenter')}
          value={item.presenter}
          onChange={(e) => onChange({ ...item, presenter: e.currentTarget.value })}
        />
        <Textarea
          label={t('minutes.text')}
          autosize
          minRows={3}
          value={item.text}
          onChange={(e) => onChange({ ...item, text: e.currentTarget.value })}
          data-testid="minutes-item-text"
        />
        {item.tables.map((table, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place and keep their order
          <Stack key={`${table.kind}-${k}`} gap={4}>
            <MinutesTableView table={table} testId={`minutes-table-${table.kind}`} />
            <Group display={readOnly ? 'none' : undefined}>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => onChange({ ...item, tables: item.tables.filter((_, j) => j !== k) })}
              >
                {t('minutes.removeTable')}
              </Button>
            </Group>
          </Stack>
        ))}
        <Group gap="xs" display={readOnly ? 'none' : undefined}>
          <Button
            size="xs"
            variant="light"
            loading={loading === 'budget'}
            onClick={() => insert('budget')}
            data-testid="minutes-insert-budget"
          >
            {t('minutes.insertBudget')}
          </Button>
          <Button size="xs" variant="light" loading={loading === 'kpi'} onClick={() => insert('kpi')}>
            {t('minutes.insertKpi')}
          </Button>
          <Button
            size="xs"
            variant="light"
            loading={loading === 'timeliness'}
            onClick={() => insert('timeliness')}
          >
            {t('minutes.insertTimeliness')}
          </Button>
        </Group>
        {error !== null && <ErrorAlert error={error} withTitle={false} />}
        <ResolutionFields
          value={item.resolution}
          onChange={(resolution) => onChange({ ...item, resolution })}
          label={t('minutes.resolution')}
          testId="minutes-item-resolution"
        />
      </Stack>
    </Paper>
  );
}

function Editor({ minutes }: { minutes: Minutes }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(minutes));
  // The version the draft was loaded at, moved on only by this editor's own saves: a refetch never changes it.
  const [base, setBase] = useState(minutes.rowVersion);
  const saveDraft = (then?: () => void) =>
    save.mutate(
      { ...draft, rowVersion: base },
      {
        onSuccess: (saved) => {
          setBase(saved.rowVersion);
          then?.();
        },
      },
    );
  useEffect(() => setDraft(draftOf(minutes)), [minutes]);
  const save = useSaveMinutes(minutes.id);
  const action = useMinutesAction(minutes.id);
  const defaults = useMinutesDefaults(minutes.meetingDate, minutes.canEdit);
  const [confirming, setConfirming] = useState(false);
  const [amending, setAmending] = useState(false);
  const [reason, setReason] = useState('');
  const b = draft.body;
  const setBody = (body: Partial<MinutesBody>) => setDraft((d) => ({ ...d, body: { ...d.body, ...body } }));
  const setItems = (no: number, items: MinutesItem[]) =>
    setBody({ agenda: b.agenda.map((a, i) => (i === no ? { ...a, items } : a)) });
  const readOnly = !minutes.canEdit;

  return (
    <Stack maw={1000}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} data-testid="minutes-number">
            {t('minutes.number', { number: minutes.number })}
          </Title>
          <Group gap="xs">
            <Badge color={minutes.status === 'finished' ? 'green' : 'gray'} data-testid="minutes-status">
              {minutes.status === 'finished' ? t('minutes.finished') : t('minutes.draft')}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('minutes.version', { version: minutes.version })} · {minutes.unit.nameTh}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button component={Link} to="/minutes" variant="default">
            {t('minutes.back')}
          </Button>
          <Button
            component={Link}
            to={`/print/minutes/${minutes.id}`}
            variant="default"
            data-testid="minutes-print"
          >
            {t('minutes.print')}
          </Button>
          <Button component="a" href={docxUrl(minutes.id)} variant="default" data-testid="minutes-docx">
            {t('minutes.docx')}
          </Button>
        </Group>
      </Group>
      {minutes.versions.length > 1 && (
        <Group gap="xs">
          <Text size="sm">{t('minutes.versions')}:</Text>
          {minutes.versions.map((v) => (
            <Button
              key={v.id}
              size="compact-sm"
              variant={v.id === minutes.id ? 'filled' : 'default'}
              component={Link}
              to={`/minutes/${v.id}`}
            >
              {t('minutes.version', { version: v.version })} (
              {v.status === 'finished' ? t('minutes.finished') : t('minutes.draft')})
            </Button>
          ))}
        </Group>
      )}
      {readOnly && minutes.status === 'finished' && (
        <Alert color="green" data-testid="minutes-locked">
          {t('minutes.locked')}
          {minutes.canAmend && (
            <Button
              ml="md"
              size="xs"
              variant="white"
              onClick={() => setAmending(true)}
              data-testid="minutes-amend"
            >
              {t('minutes.amend')}
            </Button>
          )}
        </Alert>
      )}
      <Fieldset disabled={readOnly} variant="unstyled">
        <Stack>
          <Section title={t('minutes.title')}>
            <TextInput
              label={t('minutes.meetingTitle')}
              value={draft.titleTh}
              onChange={(e) => setDraft({ ...draft, titleTh: e.currentTarget.value })}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <ThaiDateInput
                label={t('minutes.date')}
                value={draft.meetingDate}
                onChange={(meetingDate) => setDraft({ ...draft, meetingDate })}
              />
              <TextInput
                label={t('minutes.timeFrom')}
                value={draft.timeFrom}
                onChange={(e) => setDraft({ ...draft, timeFrom: e.currentTarget.value })}
              />
              <TextInput
                label={t('minutes.timeTo')}
                value={draft.timeTo ?? ''}
                onChange={(e) => setDraft({ ...draft, timeTo: e.currentTarget.value || null })}
              />
            </SimpleGrid>
            <TextInput
              label={t('minutes.venue')}
              value={draft.venueTh}
              onChange={(e) => setDraft({ ...draft, venueTh: e.currentTarget.value })}
            />
          </Section>

          <Section title={`${t('minutes.attendees')} (${b.attendees.length})`} testId="minutes-attendees">
            {b.attendees.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place and keep their order
              <Group key={`${p.userId ?? 'x'}-${i}`} gap="xs" wrap="wrap" align="flex-end">
                <Text w={28} ta="right">
                  {i + 1}.
                </Text>
                <TextInput
                  flex={1}
                  miw={220}
                  aria-label={t('minutes.name')}
                  value={p.name}
                  onChange={(e) =>
                    setBody({
                      attendees: b.attendees.map((a, j) =>
                        j === i ? { ...a, name: e.currentTarget.value } : a,
                      ),
                    })
                  }
                />
                <TextInput
                  flex={1}
                  miw={220}
                  aria-label={t('minutes.position')}
                  value={p.position}
                  onChange={(e) =>
                    setBody({
                      attendees: b.attendees.map((a, j) =>
                        j === i ? { ...a, position: e.currentTarget.value } : a,
                      ),
                    })
                  }
                />
                <Button
                  display={readOnly ? 'none' : undefined}
                  variant="subtle"
                  size="compact-sm"
                  onClick={() =>
                    setBody({
                      attendees: b.attendees.filter((_, j) => j !== i),
                      absentees: [...b.absentees, { name: p.name, position: p.position, reason: '' }],
                    })
                  }
                  data-testid="minutes-attendee-absent"
                >
                  {t('minutes.markAbsent')}
                </Button>
                <ActionIcon
                  display={readOnly ? 'none' : undefined}
                  variant="subtle"
                  color="red"
                  aria-label={t('minutes.remove')}
                  onClick={() => setBody({ attendees: b.attendees.filter((_, j) => j !== i) })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group align="flex-end" wrap="wrap" display={readOnly ? 'none' : undefined}>
              <Select
                label={t('minutes.fromDirectory')}
                searchable
                data={(defaults.data?.directory ?? [])
                  .filter((p) => !b.attendees.some((a) => a.userId === p.userId))
                  .map((p) => ({
                    value: String(p.userId),
                    label: `${p.name} · ${p.position || p.unitNameTh}`,
                  }))}
                value={null}
                onChange={(value) => {
                  const p = defaults.data?.directory.find((x) => String(x.userId) === value);
                  if (p)
                    setBody({
                      attendees: [
                        ...b.attendees,
                        { userId: p.userId, name: p.name, position: p.position || p.unitNameTh },
                      ],
                    });
                }}
                miw={260}
                data-testid="minutes-directory"
              />
              <Button
                variant="default"
                onClick={() =>
                  setBody({ attendees: [...b.attendees, { userId: null, name: '', position: '' }] })
                }
              >
                {t('minutes.addPerson')}
              </Button>
            </Group>
          </Section>

          <Section title={t('minutes.absentees')}>
            {b.absentees.length === 0 && <Text c="dimmed">{t('minutes.noneItems')}</Text>}
            {b.absentees.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place and keep their order
              <SimpleGrid key={`absent-${i}`} cols={{ base: 1, sm: 4 }}>
                <TextInput
                  aria-label={t('minutes.name')}
                  placeholder={t('minutes.name')}
                  value={p.name}
                  onChange={(e) =>
                    setBody({
                      absentees: b.absentees.map((a, j) =>
                        j === i ? { ...a, name: e.currentTarget.value } : a,
                      ),
                    })
                  }
                />
                <TextInput
                  aria-label={t('minutes.position')}
                  placeholder={t('minutes.position')}
                  value={p.position}
                  onChange={(e) =>
                    setBody({
                      absentees: b.absentees.map((a, j) =>
                        j === i ? { ...a, position: e.currentTarget.value } : a,
                      ),
                    })
                  }
                />
                <Autocomplete
                  aria-label={t('minutes.reason')}
                  placeholder={t('minutes.reason')}
                  data={ABSENCE_REASONS}
                  value={p.reason}
                  onChange={(reason) =>
                    setBody({
                      absentees: b.absentees.map((a, j) => (j === i ? { ...a, reason } : a)),
                    })
                  }
                  data-testid="minutes-absentee-reason"
                />
                <Button
                  display={readOnly ? 'none' : undefined}
                  variant="subtle"
                  color="red"
                  onClick={() => setBody({ absentees: b.absentees.filter((_, j) => j !== i) })}
                >
                  {t('minutes.remove')}
                </Button>
              </SimpleGrid>
            ))}
            <Group display={readOnly ? 'none' : undefined}>
              <Button
                variant="default"
                onClick={() =>
                  setBody({ absentees: [...b.absentees, { name: '', position: '', reason: '' }] })
                }
              >
                {t('minutes.addPerson')}
              </Button>
            </Group>
          </Section>

          <Section title={t('minutes.activities')}>
            <Textarea
              autosize
              minRows={3}
              value={b.activities.join('\n')}
              onChange={(e) => setBody({ activities: e.currentTarget.value.split('\n') })}
            />
          </Section>

          {b.agenda.map((agenda, i) => (
            <Section
              // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place and keep their order
              key={`agenda-${i + 1}`}
              title={`${t('minutes.agenda', { no: i + 1 })} ${agenda.title}`}
              testId={`minutes-agenda-${i + 1}`}
            >
              <TextInput
                aria-label={t('minutes.agenda', { no: i + 1 })}
                value={agenda.title}
                onChange={(e) =>
                  setBody({
                    agenda: b.agenda.map((a, j) => (j === i ? { ...a, title: e.currentTarget.value } : a)),
                  })
                }
              />
              {i === 1 && b.previous.minutesId !== null && (
                <Text size="sm">
                  <Link to={`/minutes/${b.previous.minutesId}`} data-testid="minutes-previous-link">
                    {t('minutes.openPrevious', { number: b.previous.number })}
                  </Link>
                </Text>
              )}
              {i === 1 && (
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput
                    label={t('minutes.circulatedBy')}
                    value={b.previous.circulatedBy}
                    onChange={(e) =>
                      setBody({ previous: { ...b.previous, circulatedBy: e.currentTarget.value } })
                    }
                  />
                  <NumberInput
                    label={t('minutes.pages')}
                    value={b.previous.pages ?? ''}
                    min={0}
                    max={999}
                    onChange={(v) =>
                      setBody({ previous: { ...b.previous, pages: typeof v === 'number' ? v : null } })
                    }
                  />
                  <ThaiDateInput
                    label={t('minutes.circulatedOn')}
                    value={b.previous.circulatedOn ?? ''}
                    onChange={(v) => setBody({ previous: { ...b.previous, circulatedOn: v || null } })}
                  />
                </SimpleGrid>
              )}
              {i === 5 && minutes.nextMeetingNumber && (
                <Text size="sm" data-testid="minutes-next-announced">
                  {t('minutes.nextAnnounced', { number: minutes.nextMeetingNumber })}
                </Text>
              )}
              {i === 5 && (
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <ThaiDateInput
                    label={`${t('minutes.next')} · ${t('minutes.date')}`}
                    value={b.nextMeeting.date ?? ''}
                    onChange={(v) => setBody({ nextMeeting: { ...b.nextMeeting, date: v || null } })}
                  />
                  <TextInput
                    label={t('minutes.timeFrom')}
                    value={b.nextMeeting.timeFrom ?? ''}
                    onChange={(e) =>
                      setBody({ nextMeeting: { ...b.nextMeeting, timeFrom: e.currentTarget.value || null } })
                    }
                  />
                  <TextInput
                    label={t('minutes.venue')}
                    value={b.nextMeeting.venueTh}
                    onChange={(e) =>
                      setBody({ nextMeeting: { ...b.nextMeeting, venueTh: e.currentTarget.value } })
                    }
                  />
                </SimpleGrid>
              )}
              {agenda.items.map((item, j) => (
                <ItemEditor
                  // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place and keep their order
                  key={`item-${i}-${j}`}
                  readOnly={readOnly}
                  minutesId={minutes.id}
                  agendaNo={i + 1}
                  index={j}
                  item={item}
                  onChange={(next) =>
                    setItems(
                      i,
                      agenda.items.map((x, k) => (k === j ? next : x)),
                    )
                  }
                  onRemove={() =>
                    setItems(
                      i,
                      agenda.items.filter((_, k) => k !== j),
                    )
                  }
                />
              ))}
              <ResolutionFields
                value={agenda.resolution}
                onChange={(resolution) =>
                  setBody({ agenda: b.agenda.map((a, j) => (j === i ? { ...a, resolution } : a)) })
                }
                label={t('minutes.agendaResolution')}
                testId={`minutes-agenda-resolution-${i + 1}`}
              />
              <Group display={readOnly ? 'none' : undefined}>
                <Button
                  variant="light"
                  size="xs"
                  onClick={() => setItems(i, [...agenda.items, emptyItem()])}
                  data-testid={`minutes-add-item-${i + 1}`}
                >
                  {t('minutes.addItem')}
                </Button>
              </Group>
            </Section>
          ))}

          <Section title={t('minutes.signatures')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {(['taker', 'reviewer'] as const).map((role) => (
                <Stack key={role} gap="xs">
                  <Text fw={600}>{t(role === 'taker' ? 'minutes.taker' : 'minutes.reviewer')}</Text>
                  <TextInput
                    label={t('minutes.name')}
                    value={b[role].name}
                    onChange={(e) => setBody({ [role]: { ...b[role], name: e.currentTarget.value } })}
                    data-testid={`minutes-${role}-name`}
                  />
                  <TextInput
                    label={t('minutes.position')}
                    value={b[role].position}
                    onChange={(e) => setBody({ [role]: { ...b[role], position: e.currentTarget.value } })}
                    data-testid={`minutes-${role}-position`}
                  />
                </Stack>
              ))}
            </SimpleGrid>
          </Section>
        </Stack>
      </Fieldset>
      {save.isError && <ErrorAlert error={save.error} />}
      {action.isError && <ErrorAlert error={action.error} />}
      {!readOnly && (
        <Group style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)' }} py="xs">
          <Button loading={save.isPending} onClick={() => saveDraft()} data-testid="minutes-save">
            {t('minutes.save')}
          </Button>
          {save.isSuccess && (
            <Text c="green" data-testid="minutes-saved">
              {t('minutes.saved')}
            </Text>
          )}
          <Button
            color="green"
            variant="outline"
            onClick={() => saveDraft(() => setConfirming(true))}
            data-testid="minutes-finish"
          >
            {t('minutes.finish')}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('minutes.finish')}
        message={t('minutes.finishConfirm')}
        confirmLabel={t('minutes.confirm')}
        color="green"
        loading={action.isPending}
        error={action.error}
        confirmTestId="minutes-finish-confirm"
        onConfirm={() => action.mutate({ kind: 'finish' }, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      />
      <Modal opened={amending} onClose={() => setAmending(false)} title={t('minutes.amend')}>
        <Stack>
          <TextInput
            label={t('minutes.amendReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button
              loading={action.isPending}
              onClick={() =>
                action.mutate({ kind: 'amend', reason }, { onSuccess: (m) => navigate(`/minutes/${m.id}`) })
              }
            >
              {t('minutes.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** /minutes/:id: the minutes, editable while a draft. */
export function MinutesEditorPage() {
  const id = Number(useParams().id);
  const minutes = useMinutes(id);
  if (minutes.isPending) return <PageLoader />;
  if (minutes.isError) return <ResourceError error={minutes.error} />;
  return <Editor minutes={minutes.data} />;
}
