import type { ReactNode } from 'react';
import { useCurrentUser } from '../api';
import type { Permissions } from '../types';
import { AccessDenied } from './access-denied';

export function RequirePermission({
  permission,
  children,
}: {
  permission: keyof Permissions;
  children: ReactNode;
}) {
  const me = useCurrentUser();
  return me.permissions[permission] ? children : <AccessDenied />;
}
