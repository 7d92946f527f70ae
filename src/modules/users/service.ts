import type { Db } from '../../db/database.ts';
import type { NewUser, Role } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, conflict, forbidden, notFound } from '../../errors.ts';
import { guardedUpdate, requireRowVersion } from '../../http/row-version.ts';
import {
  type AuthUser,
  assignableRoles,
  canRead,
  requirePermission,
  requireWrite,
  roleFitsUnit,
} from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { hashPassword } from '../auth/service.ts';
import { toUnitRef } from '../org-units/present.ts';
import type { UnitRecord } from '../org-units/queries.ts';
import { unitByCode } from '../org-units/service.ts';
import { requireAcceptablePassword } from './password-rules.ts';
import {
  deleteSessionsOf,
  findUserById,
  insertUser,
  insertUsers,
  listUsers,
  type UserFilter,
  updateUser,
  usernameTaken,
  usersByUsernames,
  usersWithUnitPath,
} from './queries.ts';
import { type NewUserInput, newUserBody, type UserChangesInput } from './schemas.ts';

export const roleLabels: Record<Role, string> = {
  department_admin: 'ผู้ดูแลระบบระดับกรม',
  province_admin: 'ผู้ดูแลระบบระดับจังหวัด',
  province_staff: 'เจ้าหน้าที่จังหวัด (กลุ่มงาน)',
  district_officer: 'พัฒนาการอำเภอ / เจ้าหน้าที่อำเภอ',
  viewer: 'ผู้ดูข้อมูล',
};

const unitKindLabels = {
  department: 'กรม',
  region: 'ภาค',
  province: 'จังหวัด',
  district: 'อำเภอ',
  subdistrict: 'ตำบล',
  village: 'หมู่บ้าน',
  work_group: 'กลุ่มงาน',
} as const;

type UserRecord = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

function present(r: UserRecord) {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    positionTitle: r.position_title,
    email: r.email,
    role: r.role,
    active: r.active,
    createdAt: r.created_at.toISOString(),
    unit: {
      id: r.unit_id,
      code: r.unit_code,
      kind: r.unit_kind,
      nameTh: r.unit_name_th,
      nameEn: r.unit_name_en,
    },
    rowVersion: r.row_version,
  };
}

/** What an audit row keeps of a user: everything but the password hash. */
const auditView = (r: UserRecord) => {
  const { createdAt: _c, rowVersion: _v, ...rest } = present(r);
  return rest;
};

/** The account as a 409 names it (audit entity 'user'). */
const versioned = (r: Pick<UserRecord, 'id' | 'username'>) => ({
  entity: 'user',
  entityId: r.id,
  what: `ข้อมูลผู้ใช้ ${r.username} `,
});

export async function searchUsers(
  db: Db,
  actor: AuthUser,
  filter: Omit<UserFilter, 'scopePath' | 'unitPath'> & { unit?: string },
) {
  requirePermission(actor, 'manageUsers');
  const unit = filter.unit ? await unitByCode(db, filter.unit) : undefined;
  if (filter.unit && !unit) throw notFound(`หน่วยงานรหัส ${filter.unit}`, 'unit');
  const rows = await listUsers(db, { ...filter, scopePath: actor.scope.path, unitPath: unit?.path });
  return { items: rows.map(present) };
}

async function resolveUnit(db: Db, actor: AuthUser, code: string) {
  const unit = await unitByCode(db, code);
  if (!unit) throw new AppError(422, 'unknown_unit', `ไม่พบหน่วยงานรหัส "${code}"`, 'unitCode');
  requireWrite(actor, toUnitRef(unit), 'manageUsers');
  return unit;
}

function checkRole(actor: AuthUser, role: Role, unitKind: keyof typeof unitKindLabels) {
  if (!assignableRoles(actor).includes(role)) {
    throw new AppError(403, 'forbidden', `คุณไม่มีสิทธิ์กำหนดบทบาท "${roleLabels[role]}"`, 'role');
  }
  checkFit(role, unitKind);
}

const isUniqueViolation = (e: unknown) =>
  typeof e === 'object' && e !== null && 'code' in e && e.code === '23505';

const usernameConflict = (username: string) => conflict('username', `ชื่อผู้ใช้ "${username}" มีอยู่แล้ว`);

function checkFit(role: Role, unitKind: keyof typeof unitKindLabels) {
  if (!roleFitsUnit(role, unitKind)) {
    throw new AppError(
      422,
      'role_unit_mismatch',
      `บทบาท "${roleLabels[role]}" ไม่สามารถสังกัดหน่วยงานระดับ${unitKindLabels[unitKind]}ได้`,
      'role',
    );
  }
}

async function insertNewUser(db: Db, actor: AuthUser | null, input: NewUserInput, unit: UnitRecord) {
  requireAcceptablePassword(input.password, input.username);
  if (await usernameTaken(db, input.username)) throw usernameConflict(input.username);
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(db, async (trx) => {
      const { id } = await insertUser(trx, {
        username: input.username,
        password_hash: passwordHash,
        display_name: input.displayName,
        position_title: input.positionTitle ?? null,
        email: input.email ?? null,
        role: input.role,
        unit_id: unit.id,
      });
      const created = await findUserById(trx, id);
      if (!created) throw notFound('ผู้ใช้');
      await recordAudit(trx, {
        actor,
        unitId: unit.id,
        action: 'create',
        entity: 'user',
        entityId: String(id),
        before: null,
        after: auditView(created),
      });
      return present(created);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw usernameConflict(input.username);
    throw e;
  }
}

export async function createUser(db: Db, actor: AuthUser, input: NewUserInput) {
  const unit = await resolveUnit(db, actor, input.unitCode);
  checkRole(actor, input.role, unit.kind);
  return insertNewUser(db, actor, input, unit);
}

/** For the command line: the same checks as the API but no acting user, so any role at any unit. */
export async function createUserAsSystem(db: Db, raw: unknown) {
  const parsed = newUserBody.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(400, 'invalid', `${issue?.path.join('.')}: ${issue?.message}`, String(issue?.path[0]));
  }
  const unit = await unitByCode(db, parsed.data.unitCode);
  if (!unit) throw new AppError(422, 'unknown_unit', `ไม่พบหน่วยงานรหัส "${parsed.data.unitCode}"`, 'unitCode');
  checkFit(parsed.data.role, unit.kind);
  return insertNewUser(db, null, parsed.data, unit);
}

export async function changeUser(db: Db, actor: AuthUser, id: number, input: UserChangesInput) {
  requirePermission(actor, 'manageUsers');
  const before = await findUserById(db, id);
  if (!before || !canRead(actor, { path: before.unit_path })) throw notFound('ผู้ใช้');
  if (before.role === 'department_admin' && actor.role !== 'department_admin') throw forbidden();
  const unit = input.unitCode ? await resolveUnit(db, actor, input.unitCode) : undefined;
  const role = input.role ?? before.role;
  if (input.role || unit) checkRole(actor, role, unit?.kind ?? before.unit_kind);
  if (input.password) requireAcceptablePassword(input.password, before.username);
  await requireRowVersion(db, versioned(before), before.row_version, input.rowVersion);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return inTransaction(db, async (trx) => {
    await guardedUpdate(trx, versioned(before), input.rowVersion, () =>
      updateUser(
        trx,
        id,
        {
          display_name: input.displayName,
          position_title: input.positionTitle,
          email: input.email,
          role: input.role,
          unit_id: unit?.id,
          active: input.active,
          password_hash: passwordHash,
        },
        input.rowVersion,
      ),
    );
    if (input.active === false || passwordHash) await deleteSessionsOf(trx, id);
    const after = await findUserById(trx, id);
    if (!after) throw notFound('ผู้ใช้');
    await recordAudit(trx, {
      actor,
      unitId: after.unit_id,
      action: 'update',
      entity: 'user',
      entityId: String(id),
      before: auditView(before),
      after: { ...auditView(after), ...(passwordHash ? { passwordChanged: true } : {}) },
    });
    return present(after);
  });
}

/** Pre-hashed accounts in bulk (demo data) in one statement; the caller records the audit entry. */
export async function insertUsersAsSystem(db: Db, rows: NewUser[]): Promise<void> {
  await insertUsers(db, rows);
}

/**
 * The directory of an office, for its meeting minutes' attendees: the active users of the unit and of every unit under
 * it (its districts and work groups) with their positions, one read. The caller checks that the user may read the unit.
 */
export async function directoryUnder(db: Db, unitPath: string) {
  const rows = await listUsers(db, { scopePath: unitPath });
  return rows
    .filter((r) => r.active)
    .map((r) => ({
      userId: r.id,
      name: r.display_name,
      position: r.position_title ?? '',
      unitNameTh: r.unit_name_th,
    }));
}

/** For other modules: users by id with their role, whether active, and their unit's path. */
export const usersByIds = (db: Db, ids: number[]) => usersWithUnitPath(db, ids);

/** For other modules: the ids of the users with these usernames (those that exist). */
export const usersNamed = (db: Db, usernames: string[]) => usersByUsernames(db, usernames);
