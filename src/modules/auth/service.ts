import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { lockSeconds } from '../../domain/accounts/lockout.ts';
import { AppError } from '../../errors.ts';
import { type AuthUser, permissionsOf, type UnitRef } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { viewOfRef } from '../org-units/present.ts';
import { childCount } from '../org-units/service.ts';
import {
  clearFailedLogins,
  countFailedLogin,
  deleteSession,
  findSessionUser,
  findUserForLogin,
  insertSession,
  insertSessions,
  lockAccount,
} from './queries.ts';

/** argon2id with the library's defaults (19 MiB, 2 passes): OWASP's minimum recommendation. */
export const hashPassword = (password: string) => hash(password);

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * The CSRF token of a session: an HMAC keyed by the session token, which only the session's browser holds
 * (in an httpOnly cookie). It is bound to that one session, renewed by every login and dead at logout with
 * the session; nothing is stored, and a token of one login fails with any other session's cookie.
 */
export const csrfTokenOf = (sessionToken: string) =>
  createHmac('sha256', sessionToken).update('tidtam-csrf').digest('base64url');

export function csrfTokenMatches(sessionToken: string, sent: string | undefined): boolean {
  const expected = Buffer.from(csrfTokenOf(sessionToken));
  const given = Buffer.from(sent ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

let dummyHash: Promise<string> | undefined;

const badCredentials = () => new AppError(401, 'invalid_credentials', 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', 'password');

const bangkokTime = new Intl.DateTimeFormat('th-TH', {
  timeZone: 'Asia/Bangkok',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const lockedOut = (until: Date, now: Date) =>
  new AppError(
    423,
    'locked',
    `บัญชีนี้ถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง กรุณาลองใหม่หลังเวลา ${bangkokTime.format(until)} น. ` +
      `(อีกประมาณ ${Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000))} นาที)`,
    'password',
  );

type LoginUser = NonNullable<Awaited<ReturnType<typeof findUserForLogin>>>;
export type LockoutLog = (entry: { username: string; failures: number; lockedUntil: string }) => void;

/** Counts a wrong password; from the 5th in a row the account is locked, written to the audit log and the server log. */
async function recordWrongPassword(db: Db, user: LoginUser, now: Date, log: LockoutLog): Promise<void> {
  await inTransaction(db, async (trx) => {
    const failures = await countFailedLogin(trx, user.id);
    const seconds = lockSeconds(failures);
    if (seconds === 0) return;
    const until = new Date(now.getTime() + seconds * 1000);
    await lockAccount(trx, user.id, until);
    const entry = { username: user.username, failures, lockedUntil: until.toISOString() };
    await recordAudit(trx, {
      actor: null,
      unitId: user.unit_id,
      action: 'lockout',
      entity: 'user',
      entityId: String(user.id),
      before: null,
      after: entry,
    });
    log(entry);
  });
}

/**
 * Checks the password and opens a session; only the token's hash is stored. A locked account is refused
 * before its password is checked, so a lock cannot be used to test guesses.
 */
export async function login(
  db: Db,
  username: string,
  password: string,
  hours: number,
  log: LockoutLog = () => {},
  now = new Date(),
) {
  const user = await findUserForLogin(db, username);
  if (!user) {
    dummyHash ??= hash('tidtam-timing-guard');
    await verify(await dummyHash, password);
    throw badCredentials();
  }
  if (user.locked_until && user.locked_until > now) throw lockedOut(user.locked_until, now);
  if (!(await verify(user.password_hash, password))) {
    await recordWrongPassword(db, user, now, log);
    throw badCredentials();
  }
  if (user.failed_logins > 0) await clearFailedLogins(db, user.id);
  if (!user.active) throw new AppError(403, 'inactive', 'บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ดูแลระบบ');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await inTransaction(db, async (trx) => {
    await insertSession(trx, { id: sessionIdOf(token), user_id: user.id, expires_at: expiresAt });
    await recordAudit(trx, {
      actor: { id: user.id },
      unitId: user.unit_id,
      action: 'login',
      entity: 'session',
      entityId: String(user.id),
      before: null,
      after: { username },
    });
  });
  return { token, expiresAt };
}

/**
 * Sessions opened by the system for the given users, without a password (benches and fixtures: thousands of accounts
 * without thousands of argon2 checks). Stored exactly as a login stores them (the token's hash); answers the tokens in
 * the users' order.
 */
export async function openSessionsAsSystem(
  db: Db,
  userIds: number[],
  hours: number,
  now = new Date(),
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const tokens = userIds.map(() => randomBytes(32).toString('base64url'));
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await insertSessions(
    db,
    userIds.map((user_id, i) => ({ id: sessionIdOf(tokens[i] ?? ''), user_id, expires_at: expiresAt })),
  );
  return tokens;
}

export async function logout(db: Db, token: string): Promise<void> {
  await deleteSession(db, sessionIdOf(token));
}

export async function userOfSession(db: Db, token: string, now = new Date()): Promise<AuthUser | null> {
  const r = await findSessionUser(db, sessionIdOf(token), now);
  if (!r) return null;
  const unit: UnitRef = {
    id: r.unit_id,
    code: r.unit_code,
    kind: r.unit_kind,
    nameTh: r.unit_name_th,
    nameEn: r.unit_name_en,
    parentId: r.unit_parent_id,
    path: r.unit_path,
  };
  const scope: UnitRef =
    r.unit_kind === 'work_group' && r.parent_id !== null
      ? {
          id: r.parent_id,
          code: r.parent_code ?? '',
          kind: r.parent_kind ?? 'province',
          nameTh: r.parent_name_th ?? '',
          nameEn: r.parent_name_en,
          parentId: r.parent_parent_id,
          path: r.parent_path ?? '',
        }
      : unit;
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    positionTitle: r.position_title,
    role: r.role,
    unit,
    scope,
  };
}

/** The signed-in user as the web keeps it: unit and scope with their child counts, and the role's permissions. */
export async function presentMe(db: Db, user: AuthUser) {
  const [unitChildren, scopeChildren] = await Promise.all([
    childCount(db, user.unit.id),
    user.scope.id === user.unit.id ? undefined : childCount(db, user.scope.id),
  ]);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    positionTitle: user.positionTitle,
    role: user.role,
    unit: viewOfRef(user.unit, unitChildren),
    scope: viewOfRef(user.scope, scopeChildren ?? unitChildren),
    permissions: permissionsOf(user.role),
  };
}
