import {
  Button,
  Group,
  Input,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { fiscalYearOf } from '../../../shared/thai-date/fiscal-year';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { FiscalYearSelect } from '../../../shared/ui/fiscal-year-select';
import { useCreateKpiSet } from '../api';
import { roundShortLabel } from '../round-label';
import type { KpiSet } from '../types';

type Props = {
  ownerCode: string;
  fiscalYear: number;
  /** Earlier sets of the user's scope, any year: a new round usually starts as a copy. */
  earlierSets: KpiSet[];
};

/** "สร้างชุดตัวชี้วัด": a round's set, empty or copied from an earlier one. */
export function NewKpiSetForm({ ownerCode: initialOwner, fiscalYear: initialYear, earlierSets }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateKpiSet();
  const [ownerCode, setOwnerCode] = useState(initialOwner);
  const [fiscalYear, setFiscalYear] = useState(initialYear);
  const [round, setRound] = useState<'1' | '2'>('1');
  const [nameTh, setNameTh] = useState('');
  const [copyFrom, setCopyFrom] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        ownerCode: ownerCode.trim(),
        fiscalYear,
        round: round === '1' ? 1 : 2,
        nameTh: nameTh.trim(),
        copyFromId: copyFrom ? Number(copyFrom) : undefined,
      },
      { onSuccess: (detail) => navigate(`/kpi-sets/${detail.set.id}`) },
    );
  };

  const ownerError = fieldError(create.error, 'ownerCode');
  const nameError = fieldError(create.error, 'nameTh');
  const roundError = fieldError(create.error, 'round');
  const shownOnField = ownerError ?? nameError ?? roundError;

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="kpi-set-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('kpiSets.create')}
          </Title>
          {create.isError && !shownOnField && <ErrorAlert error={create.error} withTitle={false} />}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('kpiSets.ownerCode')}
              value={ownerCode}
              onChange={(event) => setOwnerCode(event.currentTarget.value)}
              required
              error={ownerError}
              data-testid="kpi-set-owner"
            />
            <FiscalYearSelect
              value={fiscalYear}
              onChange={setFiscalYear}
              years={creatableYears()}
              testId="kpi-set-fiscal-year"
            />
            <Input.Wrapper label={t('kpiSets.roundNumber')} error={roundError}>
              <SegmentedControl
                fullWidth
                value={round}
                onChange={(value) => setRound(value === '2' ? '2' : '1')}
                data={[
                  { value: '1', label: t('kpiSets.roundOption', { number: 1 }) },
                  { value: '2', label: t('kpiSets.roundOption', { number: 2 }) },
                ]}
                data-testid="kpi-set-round-input"
              />
            </Input.Wrapper>
          </SimpleGrid>
          <TextInput
            label={t('kpiSets.nameTh')}
            placeholder={t('kpiSets.namePlaceholder')}
            value={nameTh}
            onChange={(event) => setNameTh(event.currentTarget.value)}
            required
            error={nameError}
            data-testid="kpi-set-name"
          />
          <Select
            label={t('kpiSets.copyFrom')}
            description={t('kpiSets.copyHelp')}
            placeholder={t('kpiSets.copyNone')}
            value={copyFrom}
            onChange={setCopyFrom}
            clearable
            data={earlierSets.map((set) => ({
              value: String(set.id),
              label: `${set.nameTh} (${roundShortLabel({ number: set.round, fiscalYear: set.fiscalYear })}, ${set.owner.nameTh})`,
            }))}
            data-testid="kpi-set-copy-from"
          />
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="kpi-set-submit">
              {t('kpiSets.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** A new set may be for next year or any of the eight before it (agreements signed late are entered afterwards). */
function creatableYears(): number[] {
  const current = fiscalYearOf();
  return Array.from({ length: 9 }, (_, index) => current + 1 - index);
}
