import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../shared/i18n/language';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { ExportLink } from '../../../shared/ui/export-link';
import { FileImportForm } from '../../../shared/ui/file-import-form';
import { MatchCount, oneOf } from '../../../shared/ui/list-filters';
import { PageLoader } from '../../../shared/ui/page-loader';
import { ResourceError } from '../../../shared/ui/resource-error';
import { ContextBar } from '../../registers/components/context-bar';
import { RegisterGate } from '../../registers/components/register-gate';
import { RegistersTabs } from '../../registers/components/registers-tabs';
import { useRegisterContext } from '../../registers/register-context';
import { projectsExportUrl, useProjectImport, useProjects } from '../api';
import { ProjectForm } from '../components/project-form';
import { ProjectPhotos } from '../components/project-photos';
import { PlanAchievement, ProjectFilters, ProjectTable } from '../components/project-table';
import { type Project, projectStatuses } from '../types';

const accepted = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const scrollToSection = (testId: string) =>
  requestAnimationFrame(() =>
    document.querySelector(`[data-testid="${testId}"]`)?.scrollIntoView({ behavior: 'smooth' }),
  );

/**
 * /registers/projects?unit=&fiscalYear=&round=&q=&status=: KPI 2 (plan achievement) of the year or the round, the
 * projects that match the search with their evaluation flags, a project's evaluation photos, the form, and the import.
 */
export function ProjectsPage() {
  return (
    <RegisterGate register="projects">
      <ProjectsView />
    </RegisterGate>
  );
}

function ProjectsView() {
  const { t, lang } = useI18n();
  const { params, unit, fiscalYear, years, mayWrite, update } = useRegisterContext('projects');
  const round = oneOf(params.get('round'), ['1', '2'] as const);
  const status = oneOf(params.get('status'), projectStatuses);
  const q = params.get('q');
  const filter = { ...(round ? { round } : {}), ...(q ? { q } : {}), ...(status ? { status } : {}) };
  const list = useProjects(unit, fiscalYear, filter);
  const importer = useProjectImport(unit, fiscalYear);
  const [editing, setEditing] = useState<Project | null>(null);
  const [photosOf, setPhotosOf] = useState<number | null>(null);
  const shown = list.data?.items.find((p) => p.id === photosOf);

  return (
    <Stack gap="lg" maw={1400}>
      <RegistersTabs active="projects" unit={unit} mayWrite={mayWrite} />
      <Title order={2}>{t('prj.title')}</Title>
      <ContextBar unit={unit} fiscalYear={fiscalYear} years={years} onChange={update} />
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
          <ProjectFilters filter={filter} onFilter={update} />
          {(q || status) && (
            <MatchCount matched={list.data.matched} total={list.data.total} testId="projects-matched" />
          )}
          <ProjectTable
            items={list.data.items}
            total={list.data.total}
            {...(mayWrite && {
              onEdit: (p: Project) => {
                setEditing(p);
                scrollToSection('project-form');
              },
            })}
            onPhotos={(p) => {
              setPhotosOf(p.id);
              scrollToSection('project-photos');
            }}
          />
        </>
      )}
      {shown && <ProjectPhotos project={shown} editable={mayWrite} onClose={() => setPhotosOf(null)} />}
      {mayWrite && (
        <ProjectForm unit={unit} fiscalYear={fiscalYear} editing={editing} onDone={() => setEditing(null)} />
      )}
      {mayWrite && (
        <FileImportForm
          testId="projects-import"
          title={t('prj.importTitle')}
          help={t('prj.importHelp')}
          fileLabel={t('prj.importFile')}
          accept={accepted}
          mutation={importer}
          success={(data) => t('prj.imported', { created: data.created, updated: data.updated })}
        />
      )}
    </Stack>
  );
}
