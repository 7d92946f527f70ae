import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../shared/i18n/language';
import { useUnitSearch } from '../api';
import { unitName } from '../unit-name';

/** Debounced search over GET /api/units?q=; choosing a result opens that unit. */
export function UnitSearch() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const search = useUnitSearch(debounced);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const items = debounced ? (search.data ?? []) : [];

  const open = (code: string) => {
    setQuery('');
    combobox.closeDropdown();
    void navigate(`/units/${code}`);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open}>
      <Combobox.Target>
        <TextInput
          aria-label={t('units.searchLabel')}
          placeholder={t('units.searchPlaceholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={search.isFetching ? <Loader size="xs" /> : null}
          data-testid="unit-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!debounced}>
        <Combobox.Options mah={360} style={{ overflowY: 'auto' }}>
          {items.map(({ unit, path }) => (
            <Combobox.Option key={unit.code} value={unit.code} data-testid="unit-search-result">
              <Text size="sm" fw={600}>
                {unitName(unit, lang)}{' '}
                <Text span size="xs" c="dimmed">{`${t(`kind.${unit.kind}`)} · ${unit.code}`}</Text>
              </Text>
              <Text size="xs" c="dimmed">
                {path}
              </Text>
            </Combobox.Option>
          ))}
          {!search.isFetching && items.length === 0 && (
            <Combobox.Empty>
              {search.isError ? search.error.message || t('error.generic') : t('units.searchEmpty')}
            </Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
