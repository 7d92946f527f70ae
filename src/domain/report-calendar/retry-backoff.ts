/**
 * Outbox retry schedule for reminder delivery: after the 1st failed attempt wait 1 minute, then 5 minutes,
 * 30 minutes, 2 hours and 12 hours; after the 6th failed attempt give up.
 */
const MINUTE_MS = 60_000;
const RETRY_DELAYS_MS: readonly number[] = [1, 5, 30, 120, 720].map((minutes) => minutes * MINUTE_MS);

export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** Milliseconds to wait after failed attempt number `attempt` (1-based), or null to give up. */
export function retryDelayAfter(attempt: number): number | null {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`An attempt number is a positive integer, got ${attempt}`);
  }
  return RETRY_DELAYS_MS[attempt - 1] ?? null;
}
