const bangkokParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Bangkok',
  year: 'numeric',
  month: 'numeric',
});

/** The Thai fiscal year (B.E.) a date falls in: it runs 1 October – 30 September, so October 2026 is FY 2570. */
export function fiscalYearOf(date: Date = new Date()): number {
  const parts = bangkokParts.formatToParts(date);
  const year = Number(parts.find((part) => part.type === 'year')?.value);
  const month = Number(parts.find((part) => part.type === 'month')?.value);
  return year + 543 + (month >= 10 ? 1 : 0);
}

/** Today in Bangkok as YYYY-MM-DD, for date inputs. */
export function todayIso(date: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(date);
}
