import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Switch,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { fieldError, isApiError } from '../../../shared/api/api-error';
import { useI18n } from '../../../shared/i18n/language';
import { fromThaiDigits } from '../../../shared/i18n/thai-digits';
import { todayIso } from '../../../shared/thai-date/fiscal-year';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useCurrentUser } from '../../auth/api';
import { useUnit } from '../../units/api';
import { unitName } from '../../units/unit-name';
import { useUsers } from '../../users/api';
import { useSaveReportType } from '../api';
import { bodyOf, type FieldDraft, newField, type ReportTypeValues } from '../report-type-values';
import type { DueMonth, Frequency, ReportType } from '../types';
import { FieldEditor } from './field-editor';
import { ThaiDateSelect } from './thai-date-select';

type Props = {
  provinceCode: string;
  /** null for a new form. */
  reportType: ReportType | null;
  initial: ReportTypeValues;
  onSaved: (reportType: ReportType) => void;
};

const frequencies: Frequency[] = ['monthly', 'quarterly', 'once'];
const dueMonths: DueMonth[] = ['in-period', 'after-period'];

const isNumberText = (value: string) => {
  const cleaned = fromThaiDigits(value.trim()).replaceAll(',', '');
  return cleaned === '' || Number.isFinite(Number(cleaned));
};

/** The officers who may be made responsible: the province's admins and staff (listed for admins who manage users). */
function useOfficerOptions(
  provinceCode: string,
  chosen: string[],
  known: { id: number; displayName: string }[],
) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const users = useUsers({ q: '', role: '', unit: provinceCode }, me.permissions.manageUsers);
  const listed = me.permissions.manageUsers
    ? (users.data ?? [])
        .filter((user) => user.active && (user.role === 'province_admin' || user.role === 'province_staff'))
        .map((user) => ({ value: String(user.id), label: `${user.displayName} (${t(`role.${user.role}`)})` }))
    : me.role === 'province_admin' || me.role === 'province_staff'
      ? [{ value: String(me.id), label: me.displayName }]
      : [];
  const extra = chosen
    .filter((id) => !listed.some((option) => option.value === id))
    .map((id) => ({
      value: id,
      label:
        known.find((user) => String(user.id) === id)?.displayName ??
        (id === String(me.id) ? me.displayName : t('typeForm.userN', { id })),
    }));
  return [...listed, ...extra];
}

/**
 * A province's report form (แบบรายงาน): name, owning work group, responsible officers, the fields, the schedule,
 * which districts submit and how late days count. The server checks every reference and answers in Thai.
 */
export function ReportTypeForm({ provinceCode, reportType, initial, onSaved }: Props) {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const save = useSaveReportType();
  const [values, setValues] = useState(initial);
  const province = useUnit(provinceCode);
  const children = province.data?.children ?? [];
  const workGroups = children.filter((unit) => unit.kind === 'work_group');
  const districts = children.filter((unit) => unit.kind === 'district');
  const officers = useOfficerOptions(provinceCode, values.responsibleUserIds, reportType?.responsibles ?? []);

  const set = (changes: Partial<ReportTypeValues>) => setValues((current) => ({ ...current, ...changes }));
  const setField = (index: number, field: FieldDraft) =>
    set({ fields: values.fields.map((current, i) => (i === index ? field : current)) });
  const moveField = (index: number, by: -1 | 1) => {
    const fields = [...values.fields];
    const [moved] = fields.splice(index, 1);
    if (moved) fields.splice(index + by, 0, moved);
    set({ fields });
  };

  const localErrors = (index: number) => {
    const field = values.fields[index];
    const notNumber = t('typeForm.notNumber');
    return {
      min: field && !isNumberText(field.min) ? notNumber : undefined,
      max: field && !isNumberText(field.max) ? notNumber : undefined,
    };
  };
  const hasLocalErrors = values.fields.some((_, index) => {
    const errors = localErrors(index);
    return errors.min !== undefined || errors.max !== undefined;
  });

  const serverFieldErrors = (index: number) => {
    const error = save.error;
    if (!isApiError(error) || !error.field) return {};
    const prefix = `fields.${index}`;
    if (error.field === prefix) return { field: error.message };
    if (!error.field.startsWith(`${prefix}.`)) return {};
    const part = error.field.slice(prefix.length + 1);
    if (part === 'labelTh' || part === 'min' || part === 'max' || part === 'kpiId')
      return { [part]: error.message };
    return { field: error.message };
  };

  const known = [
    'nameTh',
    'workGroupCode',
    'responsibleUserIds',
    'unitCodes',
    'schedule.dueDay',
    'schedule.onceDate',
  ];
  const shownElsewhere =
    isApiError(save.error) &&
    save.error.field !== undefined &&
    (known.includes(save.error.field) || /^fields\.\d+/.test(save.error.field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (hasLocalErrors) return;
    const body = bodyOf(values);
    save.mutate(
      reportType === null
        ? { id: null, body: { ...body, provinceCode } }
        : { id: reportType.id, body: { ...body, rowVersion: reportType.rowVersion } },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={submit} data-testid="report-type-form">
      <Stack gap="lg">
        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('typeForm.basics')}
            </Title>
            <TextInput
              label={t('types.name')}
              value={values.nameTh}
              onChange={(event) => set({ nameTh: event.currentTarget.value })}
              required
              error={fieldError(save.error, 'nameTh')}
              data-testid="type-name"
            />
            <NativeSelect
              label={t('typeForm.workGroup')}
              value={values.workGroupCode ?? ''}
              onChange={(event) => set({ workGroupCode: event.currentTarget.value || null })}
              data={[
                { value: '', label: t('typeForm.noWorkGroup') },
                ...workGroups.map((unit) => ({ value: unit.code, label: unitName(unit, lang) })),
              ]}
              error={fieldError(save.error, 'workGroupCode')}
              data-testid="type-work-group"
            />
            <MultiSelect
              label={t('typeForm.officers')}
              description={t('typeForm.officersHint')}
              value={values.responsibleUserIds}
              onChange={(responsibleUserIds) => set({ responsibleUserIds })}
              data={officers}
              searchable
              clearable
              error={fieldError(save.error, 'responsibleUserIds')}
              data-testid="type-officers"
            />
            <Switch
              label={t('typeForm.active')}
              checked={values.active}
              onChange={(event) => set({ active: event.currentTarget.checked })}
              data-testid="type-active"
            />
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('typeForm.fields')}
            </Title>
            {values.fields.map((field, index) => (
              <FieldEditor
                key={field.key}
                field={field}
                index={index}
                count={values.fields.length}
                provinceCode={provinceCode}
                onlyProvinceKpis={me.scope.kind === 'department'}
                errors={{ ...serverFieldErrors(index), ...localErrors(index) }}
                onChange={(next) => setField(index, next)}
                onMove={(by) => moveField(index, by)}
                onRemove={() => set({ fields: values.fields.filter((_, i) => i !== index) })}
              />
            ))}
            {isApiError(save.error) && save.error.field === 'fields' && (
              <Alert color="red" data-testid="type-fields-error">
                {save.error.message}
              </Alert>
            )}
            <Group>
              <Button
                variant="light"
                onClick={() => set({ fields: [...values.fields, newField(values.fields)] })}
                data-testid="type-field-add"
              >
                + {t('typeForm.addField')}
              </Button>
            </Group>
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('typeForm.schedule')}
            </Title>
            <NativeSelect
              label={t('typeForm.frequency')}
              value={values.frequency}
              onChange={(event) => {
                const frequency = event.currentTarget.value as Frequency;
                set({
                  frequency,
                  onceDate: frequency === 'once' && !values.onceDate ? todayIso() : values.onceDate,
                });
              }}
              data={frequencies.map((frequency) => ({
                value: frequency,
                label: t(`typeForm.frequency.${frequency}`),
              }))}
              maw={320}
              data-testid="type-frequency"
            />
            {values.frequency === 'once' ? (
              <ThaiDateSelect
                label={t('typeForm.onceDate')}
                value={values.onceDate}
                onChange={(onceDate) => set({ onceDate })}
                error={fieldError(save.error, 'schedule.onceDate')}
                testId="type-once-date"
              />
            ) : (
              <Group gap="sm" align="flex-end" wrap="wrap">
                <NativeSelect
                  label={t('typeForm.dueDay')}
                  value={values.dueDay}
                  onChange={(event) => set({ dueDay: event.currentTarget.value })}
                  data={Array.from({ length: 31 }, (_, index) => String(index + 1))}
                  w={110}
                  error={fieldError(save.error, 'schedule.dueDay')}
                  data-testid="type-due-day"
                />
                <NativeSelect
                  label={t('typeForm.dueMonth')}
                  value={values.dueMonth}
                  onChange={(event) => set({ dueMonth: event.currentTarget.value as DueMonth })}
                  data={dueMonths.map((dueMonth) => ({
                    value: dueMonth,
                    label: t(`typeForm.dueMonth.${dueMonth}`),
                  }))}
                  style={{ flex: '1 1 260px' }}
                  data-testid="type-due-month"
                />
              </Group>
            )}
            <Radio.Group
              label={t('typeForm.dayCounting')}
              value={values.dayCounting}
              onChange={(dayCounting) => set({ dayCounting: dayCounting as ReportTypeValues['dayCounting'] })}
              data-testid="type-day-counting"
            >
              <Stack gap={6} mt={6}>
                <Radio value="calendar" label={t('typeForm.dayCounting.calendar')} />
                <Radio value="working" label={t('typeForm.dayCounting.working')} />
              </Stack>
            </Radio.Group>
          </Stack>
        </Paper>

        <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
          <Stack gap="sm">
            <Title order={3} size="h4">
              {t('typeForm.units')}
            </Title>
            <Radio.Group
              value={values.unitScope}
              onChange={(unitScope) => set({ unitScope: unitScope as ReportTypeValues['unitScope'] })}
              data-testid="type-unit-scope"
            >
              <Stack gap={6}>
                <Radio
                  value="all-districts"
                  label={t('typeForm.scope.all-districts')}
                  data-testid="type-scope-all"
                />
                <Radio value="chosen" label={t('typeForm.scope.chosen')} data-testid="type-scope-chosen" />
              </Stack>
            </Radio.Group>
            {values.unitScope === 'chosen' && (
              <MultiSelect
                label={t('typeForm.chooseDistricts')}
                value={values.unitCodes}
                onChange={(unitCodes) => set({ unitCodes })}
                data={districts.map((unit) => ({ value: unit.code, label: unitName(unit, lang) }))}
                searchable
                clearable
                error={fieldError(save.error, 'unitCodes')}
                data-testid="type-districts"
              />
            )}
          </Stack>
        </Paper>

        {save.isError && !shownElsewhere && <ErrorAlert error={save.error} testId="type-error" />}
        <Group>
          <Button
            type="submit"
            size="md"
            loading={save.isPending}
            disabled={hasLocalErrors}
            data-testid="type-save"
          >
            {t('typeForm.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
