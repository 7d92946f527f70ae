import { Loader, Select } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useCurrentUser } from '../../auth/api';
import { useUnit } from '../../units/api';
import { unitName } from '../../units/unit-name';

type Props = { value: string; onChange: (province: string) => void };

/** For the department: the province whose board, league table or forms to show. Provinces see their own. */
export function ProvinceSelect({ value, onChange }: Props) {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const department = me.scope.kind === 'department';
  const tree = useUnit(me.scope.code, department);
  if (!department) return null;
  if (tree.isError) return <ErrorAlert error={tree.error} withTitle={false} testId="province-select-error" />;
  const provinces = (tree.data?.children ?? []).filter((unit) => unit.kind === 'province');
  return (
    <Select
      label={t('province.label')}
      placeholder={t('province.choose')}
      value={value || null}
      onChange={(code) => code && onChange(code)}
      data={provinces.map((unit) => ({ value: unit.code, label: unitName(unit, lang) }))}
      searchable
      allowDeselect={false}
      rightSection={tree.isPending ? <Loader size="xs" aria-label={t('common.loading')} /> : undefined}
      w={{ base: '100%', xs: 240 }}
      data-testid="province-select"
    />
  );
}
