import { Badge, Button, Group, Paper, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatMoney, formatPercent } from '../../../shared/i18n/money';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ChoiceFilter, ListFilters, NoMatch } from '../../../shared/ui/list-filters';
import { SearchBox } from '../../../shared/ui/search-box';
import { type Project, type ProjectFilter, type ProjectList, projectStatuses } from '../types';

/** KPI 2: the plan achievement % (sum of completion ÷ projects), with the counts of late and photo-short evaluations. */
export function PlanAchievement({ list }: { list: ProjectList }) {
  const { t } = useI18n();
  const plan = list.planAchievement;
  return (
    <Paper withBorder p="md" data-testid="projects-plan">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <div>
          <Text size="xs">{t('prj.planPercent')}</Text>
          <Text fw={700} size="xl" data-testid="projects-plan-percent">
            {formatPercent(plan.percent)}
          </Text>
          {plan.reason && (
            <Text size="xs" c="dimmed" data-testid="projects-plan-reason">
              {plan.reason}
            </Text>
          )}
        </div>
        <div>
          <Text size="xs">{t('prj.count')}</Text>
          <Text fw={700} data-testid="projects-plan-count">
            {plan.projects}
          </Text>
        </div>
        <div>
          <Text size="xs">{t('prj.lateCount')}</Text>
          <Text fw={700} c={list.late > 0 ? 'red' : undefined} data-testid="projects-late-count">
            {list.late}
          </Text>
        </div>
        <div>
          <Text size="xs">{t('prj.missingPhotosCount')}</Text>
          <Text
            fw={700}
            c={list.missingPhotos > 0 ? 'orange' : undefined}
            data-testid="projects-missing-count"
          >
            {list.missingPhotos}
          </Text>
        </div>
      </SimpleGrid>
    </Paper>
  );
}

/** The search box, round and status filters above the project table, kept in the URL. */
export function ProjectFilters({
  filter,
  onFilter,
}: {
  filter: ProjectFilter;
  onFilter: (changes: Record<string, string>) => void;
}) {
  const { t } = useI18n();
  return (
    <ListFilters testId="projects-filters">
      <SearchBox
        label={t('reg.search')}
        placeholder={t('prj.searchPlaceholder')}
        value={filter.q ?? ''}
        onSearch={(q) => onFilter({ q })}
        testId="projects-search"
      />
      <ChoiceFilter
        label={t('prj.round')}
        value={filter.round ?? ''}
        onChange={(round) => onFilter({ round })}
        options={[
          { value: '', label: t('prj.allRounds') },
          { value: '1', label: t('prj.roundN', { round: 1 }) },
          { value: '2', label: t('prj.roundN', { round: 2 }) },
        ]}
        testId="projects-filter-round"
      />
      <Select
        label={t('prj.status')}
        placeholder={t('prj.allStatuses')}
        value={filter.status ?? null}
        onChange={(v) => onFilter({ status: v ?? '' })}
        data={projectStatuses.map((s) => ({ value: s, label: t(`prj.status.${s}`) }))}
        clearable
        w={{ base: '100%', xs: 240 }}
        data-testid="projects-filter-status"
      />
    </ListFilters>
  );
}

export function ProjectTable({
  items,
  total,
  onEdit,
  onPhotos,
}: {
  items: Project[];
  /** Every project of the year (and round), whatever the search. */
  total: number;
  /** Given to those who may write the unit: an edit button per project and the empty list pointing to the form. */
  onEdit?: (p: Project) => void;
  onPhotos: (p: Project) => void;
}) {
  const { t, lang } = useI18n();
  if (total === 0)
    return (
      <Text c="dimmed" size="sm" data-testid="projects-empty">
        {t(onEdit ? 'prj.emptyWrite' : 'reg.none')}
      </Text>
    );
  if (items.length === 0) return <NoMatch testId="projects-no-match" />;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder striped data-testid="projects-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('prj.name')}</Table.Th>
            <Table.Th>{t('prj.round')}</Table.Th>
            <Table.Th ta="right">{t('prj.completion')}</Table.Th>
            <Table.Th>{t('prj.completedOn')}</Table.Th>
            <Table.Th>{t('prj.dueDate')}</Table.Th>
            <Table.Th>{t('prj.evaluation')}</Table.Th>
            <Table.Th ta="right">{t('prj.photos')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => {
            const e = p.evaluation;
            return (
              <Table.Tr key={p.id} data-testid="project-row" data-project-id={p.id}>
                <Table.Td>
                  <Text size="sm">{p.name}</Text>
                  <Text size="xs" c="dimmed">
                    {p.unit.nameTh}
                  </Text>
                </Table.Td>
                <Table.Td>{p.round}</Table.Td>
                <Table.Td ta="right" data-testid="project-completion">
                  {formatMoney(p.completionPercent)}
                </Table.Td>
                <Table.Td data-testid="project-completed-on">
                  {p.completedOn ? formatIsoDate(p.completedOn, lang) : '—'}
                </Table.Td>
                <Table.Td data-testid="project-due">{e ? formatIsoDate(e.dueDate, lang) : '—'}</Table.Td>
                <Table.Td>
                  {e?.late && (
                    <Badge color="red" data-testid="project-late">
                      {t('prj.late', { days: e.daysLate })}
                    </Badge>
                  )}
                  {e && !e.late && p.evaluationSubmittedOn && (
                    <Badge color="teal" variant="light" data-testid="project-on-time">
                      {t('prj.onTime')}
                    </Badge>
                  )}
                  {p.evaluationSubmittedOn && (
                    <Text size="xs" c="dimmed" data-testid="project-submitted-on">
                      {t('prj.submittedOn', { date: formatIsoDate(p.evaluationSubmittedOn, lang) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" data-testid="project-photo-total">
                    {p.photoCount}
                  </Text>
                  {e && e.missingPhotos > 0 && (
                    <Badge color="orange" variant="light" data-testid="project-missing-photos">
                      {t('prj.missingPhotos', { count: e.missingPhotos })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onPhotos(p)}
                      data-testid="project-photos-open"
                    >
                      {t('prj.openPhotos')}
                    </Button>
                    {onEdit && (
                      <Button size="xs" variant="subtle" onClick={() => onEdit(p)} data-testid="project-edit">
                        {t('reg.edit')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
