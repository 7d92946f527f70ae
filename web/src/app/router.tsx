import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { EditAgreementPage, NewAgreementPage } from '../features/agreements/pages/agreement-builder-page';
import { AgreementFollowUpPrintPage } from '../features/agreements/pages/agreement-follow-up-print-page';
import { AgreementPage } from '../features/agreements/pages/agreement-page';
import { AgreementSummaryPrintPage } from '../features/agreements/pages/agreement-summary-print-page';
import { AgreementsPage } from '../features/agreements/pages/agreements-page';
import { AuditPage } from '../features/audit/pages/audit-page';
import { useCurrentUser } from '../features/auth/api';
import { RequireAuth } from '../features/auth/components/require-auth';
import { RequirePermission } from '../features/auth/components/require-permission';
import { loginPath } from '../features/auth/login-path';
import { LoginPage } from '../features/auth/pages/login-page';
import { BudgetPage } from '../features/budget/pages/budget-page';
import { FundsPage } from '../features/community-funds/pages/funds-page';
import { DistrictsDashboardPrintPage } from '../features/dashboards/pages/districts-dashboard-print-page';
import { FollowUpFillPage } from '../features/follow-ups/pages/follow-up-fill-page';
import { FollowUpPrintPage } from '../features/follow-ups/pages/follow-up-print-page';
import { FollowUpsPage } from '../features/follow-ups/pages/follow-ups-page';
import { NewFollowUpPage } from '../features/follow-ups/pages/new-follow-up-page';
import { FormTemplateDesignerPage } from '../features/form-templates/pages/form-template-designer-page';
import { FormTemplatesPage } from '../features/form-templates/pages/form-templates-page';
import { HomePage } from '../features/home/pages/home-page';
import { HouseholdImportPage } from '../features/households/pages/household-import-page';
import { HouseholdPage } from '../features/households/pages/household-page';
import { HouseholdsPage } from '../features/households/pages/households-page';
import { KpiBookletPrintPage } from '../features/kpis/pages/kpi-booklet-print-page';
import { KpiEditorPage } from '../features/kpis/pages/kpi-editor-page';
import { KpiSetPage } from '../features/kpis/pages/kpi-set-page';
import { KpiSetsPage } from '../features/kpis/pages/kpi-sets-page';
import { MinutesEditorPage } from '../features/minutes/pages/minutes-editor-page';
import { MinutesListPage } from '../features/minutes/pages/minutes-list-page';
import { MinutesPrintPage } from '../features/minutes/pages/minutes-print-page';
import { LineGroupsPage } from '../features/notifications/pages/line-groups-page';
import { NotificationsPage } from '../features/notifications/pages/notifications-page';
import { ProjectsPage } from '../features/projects/pages/projects-page';
import { DataQualityPage } from '../features/quarterly/pages/data-quality-page';
import { KpiEntryPage } from '../features/quarterly/pages/kpi-entry-page';
import { QuarterlyIndexPage, QuarterlyPage } from '../features/quarterly/pages/quarterly-page';
import { QuarterlyPrintPage } from '../features/quarterly/pages/quarterly-print-page';
import { RegionEntryPage } from '../features/quarterly/pages/region-entry-page';
import { BoardPage } from '../features/reports/pages/board-page';
import { LeaguePage } from '../features/reports/pages/league-page';
import { MyReportsPage } from '../features/reports/pages/my-reports-page';
import { ReportTypeEditorPage } from '../features/reports/pages/report-type-editor-page';
import { ReportTypesPage } from '../features/reports/pages/report-types-page';
import { SubmissionPage } from '../features/reports/pages/submission-page';
import { CalculatorPage } from '../features/scoring/pages/calculator-page';
import { UnitPage } from '../features/units/pages/unit-page';
import { UsersPage } from '../features/users/pages/users-page';
import { VisitLetterPrintPage } from '../features/visits/pages/visit-letter-print-page';
import { VisitPlanPage } from '../features/visits/pages/visit-plan-page';
import { VisitPlanPrintPage } from '../features/visits/pages/visit-plan-print-page';
import { VisitsListPage } from '../features/visits/pages/visits-list-page';
import { onUnauthorized } from '../shared/api/client';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** /units opens the unit the user may read. */
function ScopeRedirect() {
  const me = useCurrentUser();
  return <Navigate to={`/units/${me.scope.code}`} replace />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
  /** The public KPI calculator: no login. */
  { path: '/calculator', element: <CalculatorPage />, errorElement: <RouteError /> },
  /** Printouts: signed in, but without the app shell. */
  {
    path: '/print',
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <Outlet />
      </RequireAuth>
    ),
    children: [
      { path: 'kpi-sets/:id/booklet', element: <KpiBookletPrintPage /> },
      { path: 'agreements/:id/summary', element: <AgreementSummaryPrintPage /> },
      { path: 'agreements/:id/follow-up', element: <AgreementFollowUpPrintPage /> },
      { path: 'quarterly/:fiscalYear/:quarter', element: <QuarterlyPrintPage /> },
      { path: 'minutes/:id', element: <MinutesPrintPage /> },
      { path: 'follow-ups/:id', element: <FollowUpPrintPage /> },
      { path: 'visits/:id/letter', element: <VisitLetterPrintPage /> },
      { path: 'visits/:id/plan', element: <VisitPlanPrintPage /> },
      { path: 'dashboards/districts', element: <DistrictsDashboardPrintPage /> },
      {
        path: 'dashboards/kpi',
        lazy: async () => ({
          Component: (await import('../features/dashboards/pages/kpi-dashboard-print-page'))
            .KpiDashboardPrintPage,
        }),
      },
      {
        path: 'dashboards/nation',
        lazy: async () => ({
          Component: (await import('../features/dashboards/pages/nation-dashboard-print-page'))
            .NationDashboardPrintPage,
        }),
      },
      {
        path: 'dashboards/region',
        lazy: async () => ({
          Component: (await import('../features/dashboards/pages/nation-dashboard-print-page'))
            .RegionDashboardPrintPage,
        }),
      },
      {
        path: 'dashboards/registers',
        lazy: async () => ({
          Component: (await import('../features/dashboards/pages/registers-dashboard-print-page'))
            .RegistersDashboardPrintPage,
        }),
      },
    ],
  },
  {
    errorElement: <RouteError />,
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'units', element: <ScopeRedirect /> },
      { path: 'units/:code', element: <UnitPage /> },
      { path: 'kpis', element: <KpiSetsPage /> },
      { path: 'kpi-sets/:id', element: <KpiSetPage /> },
      { path: 'kpi-sets/:id/kpis/new', element: <KpiEditorPage /> },
      { path: 'kpi-sets/:id/kpis/:kpiId/edit', element: <KpiEditorPage /> },
      { path: 'kpi-sets/:id/agreements/new', element: <NewAgreementPage /> },
      { path: 'agreements', element: <AgreementsPage /> },
      {
        path: 'dashboards/kpi',
        lazy: async () => ({
          Component: (await import('../features/dashboards/pages/kpi-dashboard-page')).KpiDashboardPage,
        }),
      },
      {
        path: 'dashboards',
        lazy: async () => ({
          Component: (await import('../features/dashboards/pages/dashboards-entry-page')).DashboardsEntryPage,
        }),
      },
      {
        path: 'dashboards/region',
        lazy: async () => ({
          Component: (await import('../features/dashboards/pages/region-dashboard-page')).RegionDashboardPage,
        }),
      },
      {
        path: 'dashboards/registers',
        lazy: async () => ({
          Component: (await import('../features/dashboards/pages/registers-dashboard-page'))
            .RegistersDashboardPage,
        }),
      },
      { path: 'agreements/:id', element: <AgreementPage /> },
      { path: 'agreements/:id/edit', element: <EditAgreementPage /> },
      { path: 'reports', element: <MyReportsPage /> },
      { path: 'reports/submissions/:id', element: <SubmissionPage /> },
      { path: 'reports/board', element: <BoardPage /> },
      { path: 'reports/league', element: <LeaguePage /> },
      { path: 'reports/types', element: <ReportTypesPage /> },
      { path: 'reports/types/new', element: <ReportTypeEditorPage /> },
      { path: 'reports/types/:id', element: <ReportTypeEditorPage /> },
      { path: 'quarterly', element: <QuarterlyIndexPage /> },
      { path: 'minutes', element: <MinutesListPage /> },
      { path: 'minutes/:id', element: <MinutesEditorPage /> },
      { path: 'visits', element: <VisitsListPage /> },
      { path: 'visits/:id', element: <VisitPlanPage /> },
      { path: 'follow-ups', element: <FollowUpsPage /> },
      { path: 'follow-ups/new', element: <NewFollowUpPage /> },
      { path: 'follow-ups/fill/:clientId', element: <FollowUpFillPage /> },
      { path: 'form-templates', element: <FormTemplatesPage /> },
      { path: 'form-templates/:id', element: <FormTemplateDesignerPage /> },
      { path: 'quarterly/:fiscalYear/:quarter', element: <QuarterlyPage /> },
      { path: 'quarterly/:fiscalYear/:quarter/data-quality', element: <DataQualityPage /> },
      { path: 'quarterly/:fiscalYear/:quarter/kpis/:code', element: <KpiEntryPage /> },
      { path: 'quarterly/:fiscalYear/:quarter/regions/:region', element: <RegionEntryPage /> },
      { path: 'notifications', element: <NotificationsPage /> },
      { path: 'line-groups', element: <LineGroupsPage /> },
      { path: 'registers', element: <Navigate to="/registers/households" replace /> },
      { path: 'registers/households', element: <HouseholdsPage /> },
      { path: 'registers/households/import', element: <HouseholdImportPage /> },
      { path: 'registers/households/:id', element: <HouseholdPage /> },
      { path: 'registers/budget', element: <BudgetPage /> },
      { path: 'registers/projects', element: <ProjectsPage /> },
      { path: 'registers/funds', element: <FundsPage /> },
      {
        path: 'users',
        element: (
          <RequirePermission permission="manageUsers">
            <UsersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequirePermission permission="viewAudit">
            <AuditPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

onUnauthorized(() => {
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  void router.navigate(loginPath(pathname + search), { replace: true });
});
