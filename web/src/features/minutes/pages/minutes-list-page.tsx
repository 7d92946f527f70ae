import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { todayIso } from '../../../shared/thai-date/fiscal-year';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useCreateMinutes, useMinutesDefaults, useMinutesList } from '../api';

function NewMinutesForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [date, setDate] = useState(todayIso());
  const defaults = useMinutesDefaults(date, date !== '');
  const create = useCreateMinutes();
  const [title, setTitle] = useState<string | null>(null);
  const [timeFrom, setTimeFrom] = useState('09.30');
  const [venue, setVenue] = useState<string | null>(null);
  const [copy, setCopy] = useState(true);
  // The title, venue and number come with the date's defaults (a query per date): creating waits for them.
  const d = defaults.data;
  return (
    <Paper withBorder p="md" data-testid="minutes-new-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('minutes.new')}
        </Title>
        {d && <Text data-testid="minutes-next-number">{t('minutes.nextNumber', { number: d.number })}</Text>}
        <TextInput
          label={t('minutes.meetingTitle')}
          value={title ?? d?.titleTh ?? ''}
          onChange={(e) => setTitle(e.currentTarget.value)}
          data-testid="minutes-new-title"
        />
        <Group grow align="flex-start" wrap="wrap">
          <ThaiDateInput
            label={t('minutes.date')}
            value={date}
            onChange={setDate}
            testId="minutes-new-date"
            miw={200}
          />
          <TextInput
            label={t('minutes.timeFrom')}
            value={timeFrom}
            onChange={(e) => setTimeFrom(e.currentTarget.value)}
            data-testid="minutes-new-time"
            miw={140}
          />
        </Group>
        <TextInput
          label={t('minutes.venue')}
          value={venue ?? d?.previous?.venueTh ?? ''}
          onChange={(e) => setVenue(e.currentTarget.value)}
          data-testid="minutes-new-venue"
        />
        {d?.previous && (
          <Checkbox
            checked={copy}
            onChange={(e) => setCopy(e.currentTarget.checked)}
            label={t('minutes.copyAttendees', {
              number: d.previous.number,
              count: d.previous.attendees.length,
            })}
          />
        )}
        {defaults.isError && <ErrorAlert error={defaults.error} />}
        {create.isError && <ErrorAlert error={create.error} />}
        <Group>
          <Button
            loading={create.isPending}
            disabled={!d}
            data-testid="minutes-create"
            onClick={() =>
              create.mutate(
                {
                  titleTh: title ?? d?.titleTh ?? '',
                  meetingDate: date,
                  timeFrom,
                  timeTo: null,
                  venueTh: venue ?? d?.previous?.venueTh ?? '',
                  copyAttendees: copy,
                },
                { onSuccess: (m) => navigate(`/minutes/${m.id}`) },
              )
            }
          >
            {t('minutes.create')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('minutes.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** /minutes: the province's minutes as cards (newest first), searched by text, number and dates. */
export function MinutesListPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = {
    q: params.get('q') ?? '',
    number: params.get('number') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const list = useMinutesList(filter);
  const [creating, setCreating] = useState(false);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={2}>{t('minutes.title')}</Title>
        {list.data?.canCreate && !creating && (
          <Button onClick={() => setCreating(true)} data-testid="minutes-new">
            {t('minutes.new')}
          </Button>
        )}
      </Group>
      {creating && <NewMinutesForm onCancel={() => setCreating(false)} />}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <TextInput
          label={t('minutes.search')}
          defaultValue={filter.q}
          onBlur={(e) => set('q', e.currentTarget.value.trim())}
          onKeyDown={(e) => e.key === 'Enter' && set('q', e.currentTarget.value.trim())}
          data-testid="minutes-search"
        />
        <TextInput
          label={t('minutes.searchNumber')}
          defaultValue={filter.number}
          onBlur={(e) => set('number', e.currentTarget.value.trim())}
          data-testid="minutes-search-number"
        />
        <ThaiDateInput label={t('minutes.from')} value={filter.from} onChange={(v) => set('from', v)} />
        <ThaiDateInput label={t('minutes.to')} value={filter.to} onChange={(v) => set('to', v)} />
      </SimpleGrid>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.data && list.data.items.length === 0 && (
        <Alert data-testid="minutes-empty">
          {list.data.canCreate ? t('minutes.empty') : t('minutes.emptyReadOnly')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {list.data?.items.map((m) => (
          <Paper
            key={m.id}
            withBorder
            p="md"
            component={Link}
            to={`/minutes/${m.id}`}
            data-testid="minutes-card"
            style={{ color: 'inherit', textDecoration: 'none' }}
          >
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap">
                <Text fw={700}>{t('minutes.number', { number: m.number })}</Text>
                <Badge color={m.status === 'finished' ? 'green' : 'gray'}>
                  {m.status === 'finished' ? t('minutes.finished') : t('minutes.draft')}
                  {m.version > 1 ? ` · ${t('minutes.version', { version: m.version })}` : ''}
                </Badge>
              </Group>
              <Text size="sm">{formatIsoDate(m.meetingDate, lang)}</Text>
              <Text size="sm" lineClamp={2}>
                {m.titleTh}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {m.unit.nameTh} · {m.venueTh}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
