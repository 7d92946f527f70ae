import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { formatPercent } from '../format';
import { type DebtReliefList, useAddDebtHousehold } from '../funds-api';

const flags = ['enteredProcess', 'debtRestructured', 'occupationalPromotion'] as const;
const flagLabels = {
  enteredProcess: 'debt.enteredProcess',
  debtRestructured: 'debt.debtRestructured',
  occupationalPromotion: 'debt.occupationalPromotion',
} as const;

/** Reduced ÷ target × 100 and the households, as the server computed them (001 L360–361). */
export function DebtReliefView({ list }: { list: DebtReliefList }) {
  const { t } = useI18n();
  const { relief } = list;
  return (
    <Stack gap="sm">
      <Paper withBorder p="md" data-testid="debt-relief">
        <SimpleGrid cols={{ base: 3 }}>
          <div>
            <Text size="xs">{t('debt.reduced')}</Text>
            <Text fw={700} data-testid="debt-reduced">
              {relief.reduced}
            </Text>
          </div>
          <div>
            <Text size="xs">{t('debt.target')}</Text>
            <Text fw={700} data-testid="debt-target">
              {relief.target}
            </Text>
          </div>
          <div>
            <Text size="xs">{t('debt.percent')}</Text>
            <Text fw={700} data-testid="debt-percent">
              {formatPercent(relief.percent)}
            </Text>
          </div>
        </SimpleGrid>
        {relief.reason && (
          <Text size="xs" c="dimmed" mt="xs" data-testid="debt-reason">
            {relief.reason}
          </Text>
        )}
      </Paper>
      {list.items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="debt-empty">
          {t('reg.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped data-testid="debt-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('debt.label')}</Table.Th>
                {flags.map((flag) => (
                  <Table.Th key={flag}>{t(flagLabels[flag])}</Table.Th>
                ))}
                <Table.Th>{t('debt.reducedShort')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((d) => (
                <Table.Tr key={d.id} data-testid="debt-row">
                  <Table.Td>
                    <Text size="sm">{d.label}</Text>
                    <Text size="xs" c="dimmed">
                      {d.unit.nameTh}
                    </Text>
                  </Table.Td>
                  {flags.map((flag) => (
                    <Table.Td key={flag}>{d[flag] ? '✓' : '—'}</Table.Td>
                  ))}
                  <Table.Td>
                    {d.reduced ? (
                      <Badge color="teal" data-testid="debt-row-reduced">
                        {t('debt.yes')}
                      </Badge>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

const noFlags = { enteredProcess: false, debtRestructured: false, occupationalPromotion: false };

export function DebtReliefForm({ unit, fiscalYear }: { unit: string; fiscalYear: number }) {
  const { t } = useI18n();
  const add = useAddDebtHousehold();
  const [label, setLabel] = useState('');
  const [checked, setChecked] = useState(noFlags);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { unitCode: unit, fiscalYear, label: label.trim(), ...checked },
      {
        onSuccess: () => {
          setLabel('');
          setChecked(noFlags);
        },
      },
    );
  };
  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="debt-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('debt.addTitle', { year: fiscalYear })}
          </Title>
          <TextInput
            label={t('debt.label')}
            value={label}
            required
            onChange={(e) => setLabel(e.currentTarget.value)}
            w={{ base: '100%', sm: 360 }}
            data-testid="debt-label"
          />
          {flags.map((flag) => (
            <Checkbox
              key={flag}
              label={t(flagLabels[flag])}
              checked={checked[flag]}
              onChange={(e) => {
                const value = e.currentTarget.checked;
                setChecked((c) => ({ ...c, [flag]: value }));
              }}
              data-testid={`debt-${flag}`}
            />
          ))}
          <Group>
            <Button type="submit" loading={add.isPending} data-testid="debt-submit">
              {t('reg.save')}
            </Button>
          </Group>
          {add.isError && <ErrorAlert error={add.error} withTitle={false} testId="debt-error" />}
          {add.isSuccess && (
            <Alert color="green" data-testid="debt-saved">
              {t('reg.saved')}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
