import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../auth/components/resource-error';
import { ContextBar } from '../components/context-bar';
import { ExportLink } from '../components/export-link';
import { ProjectForm } from '../components/project-form';
import { PlanAchievement, ProjectTable } from '../components/project-table';
import { RegistersTabs } from '../components/registers-tabs';
import { type Project, projectsExportUrl, useProjects } from '../projects-api';
import { useRegisterContext } from '../register-context';

/** /registers/projects?unit=&fiscalYear=: KPI 2 (plan achievement), the projects with their evaluation flags, and the form. */
export function ProjectsPage() {
  const { t, lang } = useI18n();
  const { unit, fiscalYear, update } = useRegisterContext();
  const list = useProjects(unit, fiscalYear);
  const [editing, setEditing] = useState<Project | null>(null);

  return (
    <Stack gap="lg" maw={1400}>
      <RegistersTabs active="projects" unit={unit} fiscalYear={fiscalYear} />
      <Title order={2}>{t('prj.title')}</Title>
      <ContextBar unit={unit} fiscalYear={fiscalYear} onChange={update} />
      <Group gap="md">
        <ExportLink
          href={projectsExportUrl(unit, fiscalYear)}
          label={t('reg.exportExcel')}
          testId="projects-export"
        />
      </Group>
      {list.isPending && unit !== '' && <PageLoader />}
      {list.isError && <ResourceError error={list.error} />}
      {list.data && (
        <>
          <PlanAchievement list={list.data} />
          <Text size="xs" c="dimmed">
            {t('prj.asOf', { date: formatIsoDate(list.data.asOf, lang) })}
          </Text>
          <ProjectTable
            items={list.data.items}
            onEdit={(p) => {
              setEditing(p);
              document.querySelector('[data-testid="project-form"]')?.scrollIntoView({ behavior: 'smooth' });
            }}
          />
        </>
      )}
      <ProjectForm unit={unit} fiscalYear={fiscalYear} editing={editing} onDone={() => setEditing(null)} />
    </Stack>
  );
}
