import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, fieldErrorUnder, isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { kpiKindLabel } from '../../kpis/kpi-sections';
import { type Kpi, kpiKinds } from '../../kpis/types';
import { agreementBodyOf, type BuilderItem, type BuilderProblem, newBuilderItem } from '../builder-values';
import { type AgreementBody, type AgreementPair, agreementPairs } from '../types';
import { weightSums } from '../weight-sums';
import { AgentField } from './agent-field';
import { BuilderItemRow } from './builder-item-row';
import { WeightSumBar } from './weight-sum-bar';

export type AgreementFormValues = {
  pair: AgreementPair;
  agentCode: string;
  optionalRequired: number;
  items: BuilderItem[];
};

type Props = {
  kpis: Kpi[];
  ownerCode: string;
  initialValues: AgreementFormValues;
  /** Pair and agent are fixed once the agreement exists. */
  fixedParties: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (parties: { pair: AgreementPair; agentCode: string }, body: AgreementBody) => void;
};

/** The agreement builder: pair, agent, the set's KPIs with section and weight, and live weight sums. */
export function AgreementForm({
  kpis,
  ownerCode,
  initialValues,
  fixedParties,
  pending,
  error,
  onSubmit,
}: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState(initialValues);
  const [problem, setProblem] = useState<BuilderProblem | null>(null);
  const set = (patch: Partial<AgreementFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const kpiOf = (id: number) => kpis.find((kpi) => kpi.id === id);
  const remaining = kpis.filter((kpi) => !values.items.some((item) => item.kpiId === kpi.id));
  const sums = weightSums(values.items);
  const optional = values.items.filter((item) => item.section === 'optional');
  const chosen = optional.filter((item) => item.selected).length;

  const updateItem = (index: number, item: BuilderItem) =>
    set({ items: values.items.map((current, at) => (at === index ? item : current)) });
  const removeItem = (index: number) => set({ items: values.items.filter((_, at) => at !== index) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = agreementBodyOf(values.items, values.optionalRequired);
    if ('problem' in result) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    onSubmit({ pair: values.pair, agentCode: values.agentCode.trim() }, result.body);
  };

  const itemError = (index: number) =>
    problem?.index === index
      ? t('editor.jsonInvalid', { message: problem.message })
      : fieldErrorUnder(error, `items.${index}`);
  const agentError = fieldError(error, 'agentCode');
  const onItem = values.items.some((_, index) => fieldErrorUnder(error, `items.${index}`));
  const showTopError = Boolean(error) && !agentError && !onItem;

  return (
    <form onSubmit={submit} data-testid="agreement-form">
      <Stack gap="md">
        {showTopError && <ErrorAlert error={error} withTitle={false} testId="agreement-form-error" />}
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('builder.pair')}
              value={values.pair}
              onChange={(pair) => pair && set({ pair: pair as AgreementPair, agentCode: '' })}
              data={agreementPairs.map((pair) => ({ value: pair, label: t(`pair.${pair}`) }))}
              allowDeselect={false}
              disabled={fixedParties}
              data-testid="agreement-pair"
            />
            {fixedParties ? (
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t('builder.agent')}
                </Text>
                <Text>{values.agentCode}</Text>
              </Stack>
            ) : (
              <AgentField
                pair={values.pair}
                ownerCode={ownerCode}
                value={values.agentCode}
                onChange={(agentCode) => set({ agentCode })}
                error={agentError}
              />
            )}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('builder.items')}
            </Title>
            <Group align="flex-end" gap="sm">
              <Select
                label={t('builder.addKpi')}
                placeholder={t('builder.addKpi')}
                value={null}
                onChange={(id) => {
                  const kpi = id ? kpiOf(Number(id)) : undefined;
                  if (kpi) set({ items: [...values.items, newBuilderItem(kpi)] });
                }}
                data={remaining.map((kpi) => ({
                  value: String(kpi.id),
                  label: `${kpi.key} · ${t('kpi.title', { number: kpi.number, name: kpi.nameTh })}`,
                }))}
                searchable
                disabled={remaining.length === 0}
                style={{ flex: 1, minWidth: 240 }}
                data-testid="builder-add-kpi"
              />
              <Button
                variant="light"
                disabled={remaining.length === 0}
                onClick={() => set({ items: [...values.items, ...remaining.map(newBuilderItem)] })}
                data-testid="builder-add-all"
              >
                {t('builder.addAll')}
              </Button>
            </Group>
            {values.items.length === 0 && (
              <Text c="dimmed" size="sm">
                {t('builder.noItems')}
              </Text>
            )}
            {kpiKinds.map((kind) => {
              const rows = values.items
                .map((item, index) => ({ item, index }))
                .filter(({ item }) => item.section === kind);
              if (rows.length === 0) return null;
              return (
                <Stack key={kind} gap="xs" data-testid={`builder-section-${kind}`}>
                  <Group justify="space-between">
                    <Title order={4} size="h5">
                      {t(kpiKindLabel[kind])}
                    </Title>
                    {kind === 'optional' && (
                      <Text
                        size="sm"
                        c={chosen === values.optionalRequired ? 'dimmed' : 'orange.8'}
                        data-testid="builder-optional-count"
                      >
                        {t('builder.optionalCount', {
                          chosen,
                          offered: optional.length,
                          required: values.optionalRequired,
                        })}
                      </Text>
                    )}
                  </Group>
                  {kind === 'optional' && (
                    <NumberInput
                      label={t('builder.optionalRequired')}
                      value={values.optionalRequired}
                      onChange={(count) => set({ optionalRequired: Number(count) || 0 })}
                      min={0}
                      max={20}
                      allowDecimal={false}
                      allowNegative={false}
                      w={180}
                      data-testid="builder-optional-required"
                    />
                  )}
                  {rows.map(({ item, index }) => (
                    <BuilderItemRow
                      key={item.kpiId}
                      item={item}
                      kpi={kpiOf(item.kpiId)}
                      onChange={(next) => updateItem(index, next)}
                      onRemove={() => removeItem(index)}
                      error={itemError(index)}
                    />
                  ))}
                </Stack>
              );
            })}
          </Stack>
        </Paper>
        <WeightSumBar sums={sums} />
        {isApiError(error) && !showTopError && (
          <Text c="red" size="sm">
            {error.message}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={pending} data-testid="agreement-save">
            {t('builder.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
