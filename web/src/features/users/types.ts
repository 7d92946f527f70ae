import type { Role } from '../auth/types';
import type { Unit } from '../units/types';

export type User = {
  id: number;
  username: string;
  displayName: string;
  positionTitle: string | null;
  role: Role;
  email: string | null;
  active: boolean;
  unit: Unit;
  createdAt: string;
};

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
