import { instantOf, type Timestamp } from './bangkok-date.ts';
import type { SubmissionAttempt } from './timeliness.ts';

/** One step in a submission's history, as the review log records it. */
export interface ReviewEvent {
  readonly at: Timestamp;
  readonly action: 'submit' | 'resubmit' | 'return' | 'approve' | 'reopen';
}

/**
 * The submission attempts `assessTimeliness` scores, read from the review log: each submit or resubmit opens an
 * attempt, the next return or approval decides it. Reopening an approved report is not a review: the attempt
 * keeps its approval, so reopening never changes a report's timeliness.
 */
export function attemptsOf(events: readonly ReviewEvent[]): SubmissionAttempt[] {
  const ordered = [...events].sort((a, b) => instantOf(a.at) - instantOf(b.at));
  const attempts: { submittedAt: Timestamp; review: SubmissionAttempt['review'] }[] = [];
  for (const event of ordered) {
    const open = attempts.at(-1);
    if (event.action === 'submit' || event.action === 'resubmit') {
      attempts.push({ submittedAt: event.at, review: 'pending' });
    } else if (open !== undefined && open.review === 'pending' && event.action !== 'reopen') {
      open.review = event.action === 'return' ? 'returned' : 'approved';
    }
  }
  return attempts;
}
