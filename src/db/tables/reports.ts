/** Tables of monthly progress reports (issue R1-3), added with their migration. */
export type ReportTables = Record<never, never>;
