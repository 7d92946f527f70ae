import { Tabs, Title } from '@mantine/core';
import { useI18n } from '../../../shared/i18n/language';
import { formatNumber } from '../../../shared/i18n/number';
import { childTabs } from '../child-tabs';
import type { Unit } from '../types';
import { ChildTable } from './child-table';
import { RegionGroups } from './region-groups';

/** Sub-units, in tabs when they are of several kinds (the department: provinces and two region systems). */
export function UnitChildren({ units }: { units: Unit[] }) {
  const { t } = useI18n();
  const tabs = childTabs(units);
  const [first] = tabs;
  return (
    <section>
      <Title order={3} size="h4" mb="sm">
        {t('units.children')}
      </Title>
      {tabs.length < 2 || !first ? (
        <ChildTable units={units} />
      ) : (
        <Tabs defaultValue={first.key} keepMounted={false}>
          <Tabs.List mb="sm">
            {tabs.map((tab) => (
              <Tabs.Tab key={tab.key} value={tab.key} data-testid={`children-tab-${tab.key}`}>
                {t(tab.label)} ({formatNumber(tab.units.length)})
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Panel key={tab.key} value={tab.key}>
              {tab.regions ? <RegionGroups regions={tab.units} /> : <ChildTable units={tab.units} />}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </section>
  );
}
