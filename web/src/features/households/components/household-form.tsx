import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useAddHousehold } from '../api';
import { type HouseholdStatus, householdStatuses, type ProblemDimension, problemDimensions } from '../types';

/** "เพิ่มครัวเรือน": one household with its baseline income; the server checks the codes. */
export function HouseholdForm({ fiscalYear, personal }: { fiscalYear: number; personal: boolean }) {
  const { t } = useI18n();
  const add = useAddHousehold();
  const [unitCode, setUnitCode] = useState('');
  const [houseCode, setHouseCode] = useState('');
  const [status, setStatus] = useState<HouseholdStatus>('developable');
  const [members, setMembers] = useState<number | string>(1);
  const [address, setAddress] = useState('');
  const [income, setIncome] = useState('');
  const [headName, setHeadName] = useState('');
  const [headCitizenId, setHeadCitizenId] = useState('');
  const [problems, setProblems] = useState<ProblemDimension[]>([]);
  const baselineYear = fiscalYear - 1;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      {
        unitCode: unitCode.trim(),
        houseCode,
        status,
        members: Number(members),
        address: address || null,
        problems: Object.fromEntries(problemDimensions.map((d) => [d, problems.includes(d)])),
        ...(personal ? { headName: headName || null, headCitizenId: headCitizenId || null } : {}),
        incomes: income ? [{ surveyYear: baselineYear, incomePerPerson: income }] : [],
      },
      {
        onSuccess: () => {
          setHouseCode('');
          setIncome('');
          setHeadName('');
          setHeadCitizenId('');
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section">
      <form onSubmit={submit} data-testid="household-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('hh.add')}
          </Title>
          <Group grow wrap="wrap" align="flex-start" preventGrowOverflow={false}>
            <TextInput
              label={t('hh.homeUnitCode')}
              value={unitCode}
              onChange={(e) => setUnitCode(e.currentTarget.value)}
              error={fieldError(add.error, 'unitCode')}
              required
              miw={200}
              data-testid="household-form-unit"
            />
            <TextInput
              label={t('hh.houseCode')}
              value={houseCode}
              onChange={(e) => setHouseCode(e.currentTarget.value)}
              error={fieldError(add.error, 'houseCode')}
              required
              miw={200}
              data-testid="household-form-house-code"
            />
            <Select
              label={t('hh.status')}
              value={status}
              onChange={(v) => v && setStatus(v as HouseholdStatus)}
              data={householdStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              allowDeselect={false}
              miw={200}
              data-testid="household-form-status"
            />
            <NumberInput
              label={t('hh.members')}
              value={members}
              onChange={setMembers}
              min={1}
              max={99}
              miw={140}
              error={fieldError(add.error, 'members')}
              data-testid="household-form-members"
            />
          </Group>
          <Group grow wrap="wrap" align="flex-start" preventGrowOverflow={false}>
            <TextInput
              label={t('hh.address')}
              value={address}
              onChange={(e) => setAddress(e.currentTarget.value)}
              miw={200}
              data-testid="household-form-address"
            />
            <TextInput
              label={t('hh.baselineIncome', { year: baselineYear })}
              value={income}
              onChange={(e) => setIncome(e.currentTarget.value)}
              inputMode="decimal"
              miw={200}
              data-testid="household-form-income"
            />
          </Group>
          {personal && (
            <Group grow wrap="wrap" align="flex-start" preventGrowOverflow={false}>
              <TextInput
                label={t('hh.headName')}
                value={headName}
                onChange={(e) => setHeadName(e.currentTarget.value)}
                miw={200}
                data-testid="household-form-head-name"
              />
              <TextInput
                label={t('hh.headCitizenId')}
                value={headCitizenId}
                onChange={(e) => setHeadCitizenId(e.currentTarget.value)}
                error={fieldError(add.error, 'headCitizenId')}
                miw={200}
                data-testid="household-form-citizen-id"
              />
            </Group>
          )}
          <Checkbox.Group
            label={t('hh.problems')}
            value={problems}
            onChange={(v) => setProblems(v as ProblemDimension[])}
          >
            <Group gap="sm" mt={4}>
              {problemDimensions.map((d) => (
                <Checkbox
                  key={d}
                  value={d}
                  label={t(`problem.${d}`)}
                  data-testid={`household-form-problem-${d}`}
                />
              ))}
            </Group>
          </Checkbox.Group>
          {add.isError && <ErrorAlert error={add.error} withTitle={false} testId="household-form-error" />}
          {add.isSuccess && (
            <Alert color="green" data-testid="household-form-success">
              {t('hh.added')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={add.isPending} data-testid="household-form-submit">
              {t('hh.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
