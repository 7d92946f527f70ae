import { createBrowserRouter, Navigate } from 'react-router';
import { AuditPage } from '../features/audit/pages/audit-page';
import { useCurrentUser } from '../features/auth/api';
import { RequireAuth } from '../features/auth/components/require-auth';
import { RequirePermission } from '../features/auth/components/require-permission';
import { loginPath } from '../features/auth/login-path';
import { LoginPage } from '../features/auth/pages/login-page';
import { HomePage } from '../features/home/pages/home-page';
import { UnitPage } from '../features/units/pages/unit-page';
import { UsersPage } from '../features/users/pages/users-page';
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
