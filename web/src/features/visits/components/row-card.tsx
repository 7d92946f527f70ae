import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Link } from 'react-router';
import type { RowError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useCurrentUser } from '../../auth/api';
import { canFillFollowUps } from '../../follow-ups/follow-up-access';
import type { PlanRow, TopicTemplate, VisitPlan } from '../types';
import { TopicPicker } from './topic-picker';

type Props = {
  index: number;
  row: PlanRow;
  choices: VisitPlan['choices'];
  templates: TopicTemplate[];
  problems: RowError[];
  readOnly: boolean;
  onChange: (row: PlanRow) => void;
  onCopy: () => void;
  onRemove: () => void;
};

const problemOf = (problems: RowError[], field: string) => problems.find((p) => p.field === field)?.message;

/** One visit of the plan as a card (phone first): what, who, when, where, and the topics to follow up. */
export function RowCard({
  index,
  row,
  choices,
  templates,
  problems,
  readOnly,
  onChange,
  onCopy,
  onRemove,
}: Props) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const set = (patch: Partial<PlanRow>) => onChange({ ...row, ...patch });
  const err = (field: string) => problemOf(problems, field);
  return (
    <Paper withBorder p="sm" data-testid="visits-row">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>{t('visits.rowNo', { no: index + 1 })}</Text>
          <Group gap={4}>
            {canFillFollowUps(me) && row.districtCode && row.date && (
              <Button
                size="compact-sm"
                variant="light"
                component={Link}
                to={`/follow-ups/new?unit=${encodeURIComponent(row.districtCode)}&date=${row.date}`}
                data-testid="visits-row-follow-up"
              >
                {t('visits.followUp')}
              </Button>
            )}
            {!readOnly && (
              <>
                <Button size="compact-sm" variant="subtle" onClick={onCopy} data-testid="visits-row-copy">
                  {t('visits.copyRow')}
                </Button>
                <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove}>
                  {t('visits.removeRow')}
                </Button>
              </>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('visits.workGroup')}
            data={choices.workGroups.map((g) => ({ value: g.code, label: g.nameTh }))}
            value={row.workGroupCode}
            onChange={(code) =>
              set({
                workGroupCode: code,
                workGroupTh: choices.workGroups.find((g) => g.code === code)?.nameTh ?? row.workGroupTh,
              })
            }
            error={err('workGroupCode')}
            data-testid="visits-row-work-group"
          />
          <Textarea
            label={t('visits.activity')}
            autosize
            minRows={1}
            value={row.activityTh}
            onChange={(e) => set({ activityTh: e.currentTarget.value })}
            error={err('activityTh')}
            data-testid="visits-row-activity"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <ThaiDateInput
            label={t('visits.date')}
            value={row.date}
            onChange={(date) => set({ date })}
            error={err('date')}
            testId="visits-row-date"
          />
          <TextInput
            label={t('visits.timeFrom')}
            value={row.timeFrom}
            inputMode="decimal"
            onChange={(e) => set({ timeFrom: e.currentTarget.value })}
            error={err('timeFrom')}
            data-testid="visits-row-time-from"
          />
          <TextInput
            label={t('visits.timeTo')}
            value={row.timeTo ?? ''}
            inputMode="decimal"
            onChange={(e) => set({ timeTo: e.currentTarget.value || null })}
            error={err('timeTo')}
            data-testid="visits-row-time-to"
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('visits.district')}
            searchable
            clearable
            data={choices.districts.map((d) => ({ value: d.code, label: d.nameTh }))}
            value={row.districtCode}
            onChange={(districtCode) => set({ districtCode })}
            error={err('districtCode')}
            data-testid="visits-row-district"
          />
          <TextInput
            label={t('visits.place')}
            description={t('visits.placeHint')}
            value={row.placeTh}
            onChange={(e) => set({ placeTh: e.currentTarget.value })}
            error={err('placeTh')}
            data-testid="visits-row-place"
          />
        </SimpleGrid>
        <TopicPicker
          value={row.topics}
          templates={templates}
          onChange={(topics) => set({ topics })}
          readOnly={readOnly}
        />
        <TextInput
          label={t('visits.remarks')}
          value={row.remarksTh}
          onChange={(e) => set({ remarksTh: e.currentTarget.value })}
        />
        {problems
          .filter((p) => !p.field)
          .map((p) => (
            <Alert key={p.message} color="red">
              {p.message}
            </Alert>
          ))}
      </Stack>
    </Paper>
  );
}
