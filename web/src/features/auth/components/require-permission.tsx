import type { ReactNode } from 'react';
import { AccessDenied } from '../../../shared/ui/access-denied';
import { useCurrentUser } from '../api';
import type { Permissions } from '../types';

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
