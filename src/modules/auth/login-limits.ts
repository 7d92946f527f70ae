import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { countAttempts } from './login-attempt-queries.ts';

/**
 * Every login from one address, whatever the account, is capped at this many times the per-account-name limit:
 * each attempt costs an argon2 hash, so an address trying ever new names must not be able to keep the CPU busy.
 * Set far above what a whole provincial office logging in at 8:30 sends, it never meets a real user.
 */
export const ADDRESS_FACTOR = 10;

const WINDOW_SECONDS = 60;

/**
 * The login limits, counted in the database so that every app instance behind a proxy shares them. The per-address
 * limit counts an address's attempts at one account name: a shared office address (one NAT for a whole provincial
 * office) where someone mistypes or hammers another account never blocks a right password there. Guessing one
 * account is bounded by this and, across addresses, by the per-account lockout (src/domain/accounts/lockout.ts); a
 * locked account refuses even its password. Spraying one password over many accounts meets the address cap and the
 * password policy (common passwords are refused).
 */
export async function checkLoginLimits(db: Db, address: string, username: string, perMinute: number) {
  const byName = `login:${address}|${username}`;
  const byAddress = `login:${address}`;
  const hits = await countAttempts(db, [byName, byAddress], WINDOW_SECONDS);
  if ((hits.get(byName) ?? 0) > perMinute || (hits.get(byAddress) ?? 0) > perMinute * ADDRESS_FACTOR) {
    throw new AppError(429, 'rate_limited', 'พยายามหลายครั้งเกินไป กรุณารอสักครู่แล้วลองใหม่');
  }
}
