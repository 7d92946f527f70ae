import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { useCurrentUser } from '../../auth/api';
import { useUnit, useUnitSearch } from '../../units/api';

type Props = {
  /** What the form follows: a district, or a sub-district (chosen under its district). */
  subject: 'district' | 'subdistrict';
  value: string | null;
  onChange: (code: string | null) => void;
};

type Option = { value: string; label: string };

/** The districts the user may choose: the own district, a province's districts, or found by name above that. */
function useDistrictOptions(search: string): { options: Option[]; searchable: boolean } {
  const me = useCurrentUser();
  const province = useUnit(me.scope.code, me.scope.kind === 'province');
  const found = useUnitSearch(me.scope.kind === 'province' || me.scope.kind === 'district' ? '' : search);
  if (me.scope.kind === 'district')
    return { options: [{ value: me.scope.code, label: me.scope.nameTh }], searchable: false };
  if (me.scope.kind === 'province')
    return {
      options: (province.data?.children ?? [])
        .filter((u) => u.kind === 'district')
        .map((u) => ({ value: u.code, label: u.nameTh })),
      searchable: false,
    };
  return {
    options: (found.data ?? [])
      .filter((r) => r.unit.kind === 'district')
      .map((r) => ({ value: r.unit.code, label: `${r.unit.nameTh} (${r.path})` })),
    searchable: true,
  };
}

/** The unit a follow-up is about, within the user's scope: a district, then its sub-district when the form asks. */
export function UnitChooser({ subject, value, onChange }: Props) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [district, setDistrict] = useState<string | null>(subject === 'district' ? value : null);
  const districts = useDistrictOptions(search);
  const below = useUnit(district ?? '', subject === 'subdistrict' && district !== null);
  const subdistricts = (below.data?.children ?? [])
    .filter((u) => u.kind === 'subdistrict')
    .map((u) => ({ value: u.code, label: u.nameTh }));
  return (
    <Stack gap="sm">
      <Select
        label={t('fu.district')}
        placeholder={districts.searchable ? t('fu.districtSearch') : t('form.choose')}
        data={districts.options}
        value={district}
        searchable
        onSearchChange={districts.searchable ? setSearch : undefined}
        nothingFoundMessage={t('fu.noUnit')}
        onChange={(code) => {
          setDistrict(code);
          onChange(subject === 'district' ? code : null);
        }}
        size="md"
        data-testid="follow-up-district"
      />
      {subject === 'subdistrict' && (
        <Select
          label={t('fu.subdistrict')}
          placeholder={t('form.choose')}
          data={subdistricts}
          value={value}
          searchable
          disabled={district === null}
          nothingFoundMessage={t('fu.noUnit')}
          onChange={onChange}
          size="md"
          data-testid="follow-up-subdistrict"
        />
      )}
    </Stack>
  );
}
