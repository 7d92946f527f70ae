import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { isApiError } from '../../../shared/api/api-error';
import { AccessDenied } from '../../../shared/ui/access-denied';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PageLoader } from '../../../shared/ui/page-loader';
import type { RegisterName } from '../api';
import { useRegisterContext } from '../register-context';
import { ContextBar } from './context-bar';

type Props = {
  register: RegisterName;
  /** A page only for those who may write the unit (an import): others get the no-access page before any upload. */
  write?: boolean;
  children: ReactNode;
};

/**
 * A register page opens once the server has answered which years the unit holds, so it opens on the latest of them;
 * a unit outside the user's scope shows the one no-access page (no list, no add form), a code that names no unit its
 * error with the unit box to correct it.
 */
export function RegisterGate({ register, write = false, children }: Props) {
  const { unit, fiscalYear, years, yearsQuery, mayWrite, update } = useRegisterContext(register);
  if (unit === '' || yearsQuery.isPending) return <PageLoader />;
  if (isApiError(yearsQuery.error, 403) || (write && !mayWrite)) return <AccessDenied />;
  if (yearsQuery.isError)
    return (
      <Stack gap="lg" maw={1400}>
        <ContextBar unit={unit} fiscalYear={fiscalYear} years={years} onChange={update} />
        <ErrorAlert error={yearsQuery.error} />
      </Stack>
    );
  return children;
}
