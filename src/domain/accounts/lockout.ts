/**
 * Per-account lockout after wrong passwords: the 5th wrong password in a row locks the account for
 * 1 minute, each further one doubles it (2, 4, 8… minutes), never beyond 1 hour. A right password
 * after the lock has passed starts the count again.
 */
export const FAILURES_BEFORE_LOCK = 5;
const FIRST_LOCK_SECONDS = 60;
const LONGEST_LOCK_SECONDS = 3600;

/** How long the account is locked after this many wrong passwords in a row; 0 when not yet. */
export function lockSeconds(failures: number): number {
  if (failures < FAILURES_BEFORE_LOCK) return 0;
  const doublings = Math.min(failures - FAILURES_BEFORE_LOCK, 12);
  return Math.min(FIRST_LOCK_SECONDS * 2 ** doublings, LONGEST_LOCK_SECONDS);
}
