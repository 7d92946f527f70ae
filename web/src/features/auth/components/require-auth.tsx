import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../../../shared/api/api-error';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import { useMe } from '../api';
import { loginPath } from '../login-path';

/** Loads the session; without one the user is sent to /login with the wanted path in ?next=. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    if (isApiError(me.error, 401))
      return <Navigate to={loginPath(location.pathname + location.search)} replace />;
    return (
      <Container py="xl">
        <ErrorAlert error={me.error} />
      </Container>
    );
  }
  return children;
}
