import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import type { AuthUser, UnitRef } from '../../plugins/access.ts';
import { recordAudit } from '../audit/service.ts';
import { deleteSession, findSessionUser, findUserForLogin, insertSession } from './queries.ts';

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

/** Checks the password and opens a session; only the token's hash is stored. */
export async function login(db: Db, username: string, password: string, hours: number, now = new Date()) {
  const user = await findUserForLogin(db, username);
  if (!user) {
    dummyHash ??= hash('tidtam-timing-guard');
    await verify(await dummyHash, password);
    throw badCredentials();
  }
  if (!(await verify(user.password_hash, password))) throw badCredentials();
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
