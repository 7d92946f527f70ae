import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { formatMoney } from '../../../shared/i18n/money';
import { todayIso } from '../../../shared/thai-date/fiscal-year';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { ListFilters, MatchCount, NoMatch } from '../../../shared/ui/list-filters';
import { SearchBox } from '../../../shared/ui/search-box';
import { ThaiDateInput } from '../../../shared/ui/thai-date-input';
import { useAddBudgetEvent, useAddBudgetLine } from '../api';
import {
  type BudgetEventKind,
  type BudgetLine,
  type BudgetLineFilter,
  type BudgetLineList,
  budgetEventKinds,
} from '../types';

/** Adds a dated allocation, disbursement, PO or return; the server's Thai 422 message is shown as it comes. */
function EventForm({ line }: { line: BudgetLine }) {
  const { t } = useI18n();
  const add = useAddBudgetEvent(line.id);
  const [kind, setKind] = useState<BudgetEventKind>('allocation');
  const [date, setDate] = useState(todayIso());
  const [amount, setAmount] = useState('');
  const [againstPo, setAgainstPo] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        kind,
        date: date.trim(),
        amount: amount.trim(),
        ...(kind === 'disbursement' ? { againstPurchaseOrder: againstPo } : {}),
      },
      { onSuccess: () => setAmount('') },
    );
  };
  return (
    <form onSubmit={submit} data-testid="budget-event-form">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('bud.kind')}
          value={kind}
          onChange={(value) => value && setKind(value as BudgetEventKind)}
          data={budgetEventKinds.map((k) => ({ value: k, label: t(`bud.kind.${k}`) }))}
          allowDeselect={false}
          w={{ base: '100%', xs: 180 }}
          data-testid="budget-event-kind"
        />
        <ThaiDateInput
          label={t('bud.date')}
          value={date}
          onChange={setDate}
          error={fieldError(add.error, 'date')}
          w={{ base: '100%', xs: 190 }}
          testId="budget-event-date"
        />
        <TextInput
          label={t('bud.amount')}
          value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)}
          error={fieldError(add.error, 'amount')}
          inputMode="decimal"
          w={{ base: '100%', xs: 180 }}
          data-testid="budget-event-amount"
        />
        {kind === 'disbursement' && (
          <Checkbox
            label={t('bud.againstPo')}
            checked={againstPo}
            onChange={(e) => setAgainstPo(e.currentTarget.checked)}
            data-testid="budget-event-against-po"
          />
        )}
        <Button type="submit" loading={add.isPending} data-testid="budget-event-submit">
          {t('bud.addEvent')}
        </Button>
      </Group>
      {add.isError && <ErrorAlert error={add.error} withTitle={false} testId="budget-event-error" />}
    </form>
  );
}

function LineCard({ line }: { line: BudgetLine }) {
  const { t, lang } = useI18n();
  return (
    <Paper withBorder p="md" data-testid="budget-line" data-line-id={line.id}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light">{line.category}</Badge>
          <Text fw={600} size="sm">
            {line.name}
          </Text>
          <Text size="xs" c="dimmed">
            {line.unit.nameTh}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('bud.kind.allocation')} {formatMoney(line.totals.allocation)} · {t('bud.kind.disbursement')}{' '}
          {formatMoney(line.totals.disbursement)} · {t('bud.committed')}{' '}
          {formatMoney(line.totals.purchaseOrder)} · {t('bud.kind.return')} {formatMoney(line.totals.return)}
        </Text>
        {line.events.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('bud.noEvents')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('bud.kind')}</Table.Th>
                  <Table.Th>{t('bud.date')}</Table.Th>
                  <Table.Th ta="right">{t('bud.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {line.events.map((event) => (
                  <Table.Tr key={event.id} data-testid="budget-event" data-kind={event.kind}>
                    <Table.Td>
                      {t(`bud.kind.${event.kind}`)}
                      {event.againstPurchaseOrder ? ` (${t('bud.againstPo')})` : ''}
                    </Table.Td>
                    <Table.Td>{formatIsoDate(event.date, lang)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(event.amount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <EventForm line={line} />
      </Stack>
    </Paper>
  );
}

type LinesProps = {
  list: BudgetLineList;
  filter: BudgetLineFilter;
  onFilter: (changes: Record<string, string>) => void;
};

/** The year's lines under a search over names and categories and a category filter, both kept in the URL. */
export function BudgetLines({ list, filter, onFilter }: LinesProps) {
  const { t } = useI18n();
  const filtered = filter.q !== undefined || filter.category !== undefined;
  return (
    <Stack gap="sm" data-testid="budget-lines">
      <Title order={3} size="h4">
        {t('bud.linesTitle')}
      </Title>
      <ListFilters testId="budget-filters">
        <SearchBox
          label={t('reg.search')}
          placeholder={t('bud.searchPlaceholder')}
          value={filter.q ?? ''}
          onSearch={(q) => onFilter({ q })}
          testId="budget-search"
        />
        <Select
          label={t('bud.category')}
          placeholder={t('bud.allCategories')}
          value={filter.category ?? null}
          onChange={(v) => onFilter({ category: v ?? '' })}
          data={list.categories}
          clearable
          w={{ base: '100%', xs: 240 }}
          data-testid="budget-filter-category"
        />
      </ListFilters>
      {filtered && <MatchCount matched={list.matched} total={list.total} testId="budget-matched" />}
      {list.total === 0 && (
        <Text c="dimmed" size="sm">
          {t('bud.noRows')}
        </Text>
      )}
      {list.total > 0 && list.items.length === 0 && <NoMatch testId="budget-no-match" />}
      {list.items.map((line) => (
        <LineCard key={line.id} line={line} />
      ))}
    </Stack>
  );
}

export function BudgetLineForm({ unit, fiscalYear }: { unit: string; fiscalYear: number }) {
  const { t } = useI18n();
  const add = useAddBudgetLine();
  const [category, setCategory] = useState('');
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { unitCode: unit, fiscalYear, category: category.trim(), name: name.trim() },
      {
        onSuccess: () => {
          setCategory('');
          setName('');
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="budget-line-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('bud.addLine')}
          </Title>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('bud.category')}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value)}
              error={fieldError(add.error, 'category')}
              w={{ base: '100%', sm: 220 }}
              data-testid="budget-line-category"
            />
            <TextInput
              label={t('bud.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldError(add.error, 'name')}
              w={{ base: '100%', sm: 360 }}
              data-testid="budget-line-name"
            />
            <Button type="submit" loading={add.isPending} data-testid="budget-line-submit">
              {t('bud.addLine')}
            </Button>
          </Group>
          {add.isError && <ErrorAlert error={add.error} withTitle={false} testId="budget-line-error" />}
        </Stack>
      </form>
    </Paper>
  );
}
