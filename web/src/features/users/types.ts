import type { ApiResponse } from '../../shared/api/api-types';
import type { Role } from '../auth/types';

export type User = ApiResponse<'/api/users/'>['items'][number];

export type UserFilters = { q: string; role: string; unit: string };

export type NewUser = {
  username: string;
  password: string;
  displayName: string;
  positionTitle?: string;
  role: Role;
  unitCode: string;
  email?: string;
};

export type UserChanges = Partial<{
  displayName: string;
  positionTitle: string | null;
  role: Role;
  unitCode: string;
  email: string | null;
  active: boolean;
  password: string;
}>;
