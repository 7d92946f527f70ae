import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../shared/api/client';
import { uploadFile } from '../../shared/api/upload';
import type {
  BoardView,
  CalendarView,
  DraftBody,
  LeagueView,
  NewReportTypeBody,
  OverrideBody,
  ReportType,
  ReportTypeEditBody,
  SubmissionView,
} from './types';

export const reportKeys = {
  all: ['reports'] as const,
  types: (province: string) => ['reports', 'types', province] as const,
  type: (id: number) => ['reports', 'type', id] as const,
  calendars: ['reports', 'calendar'] as const,
  calendar: (unit: string, month: string) => ['reports', 'calendar', unit, month] as const,
  submission: (id: number) => ['reports', 'submission', id] as const,
  boards: ['reports', 'board'] as const,
  board: (province: string, month: string) => ['reports', 'board', province, month] as const,
  leagues: ['reports', 'league'] as const,
  league: (province: string, month: string) => ['reports', 'league', province, month] as const,
};

/** States, countdowns and scores move with every review and with the clock: read them fresh. */
const fresh = { staleTime: 0 };

// ---------------------------------------------------------------- report types

export function useReportTypes(province: string, enabled = true) {
  return useQuery({
    queryKey: reportKeys.types(province),
    queryFn: () =>
      apiRequest<{ items: ReportType[] }>('/reports/types', { query: { province } }).then((r) => r.items),
    enabled: enabled && province !== '',
  });
}

export function useReportType(id: number) {
  return useQuery({
    queryKey: reportKeys.type(id),
    queryFn: () => apiRequest<{ reportType: ReportType }>(`/reports/types/${id}`).then((r) => r.reportType),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** Creates (id null) or replaces a report type; the calendar, board and league follow it. */
export function useSaveReportType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number | null; body: NewReportTypeBody | ReportTypeEditBody }) =>
      (id === null
        ? apiRequest<{ reportType: ReportType }>('/reports/types', { method: 'POST', body })
        : apiRequest<{ reportType: ReportType }>(`/reports/types/${id}`, { method: 'PUT', body })
      ).then((r) => r.reportType),
    onSuccess: (reportType) => {
      queryClient.setQueryData(reportKeys.type(reportType.id), reportType);
      return queryClient.invalidateQueries({ queryKey: reportKeys.all });
    },
  });
}

/** 409 once a unit has opened a report of this type: deactivate it instead. */
export function useDeleteReportType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<void>(`/reports/types/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

// ---------------------------------------------------------------- calendar

/** A province's calendar, or one district's with where each of its reports stands. */
export function useCalendar(unit: string, month: string, enabled = true) {
  return useQuery({
    queryKey: reportKeys.calendar(unit, month),
    queryFn: () => apiRequest<CalendarView>('/reports/calendar', { query: { unit, month } }),
    enabled: enabled && unit !== '',
    ...fresh,
  });
}

/** Moves one report's due date in one month; refused from the 1st of that month (422 with the Thai reason). */
export function useOverrideDueDate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OverrideBody) =>
      apiRequest<unknown>('/reports/calendar/overrides', { method: 'PUT', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

// ---------------------------------------------------------------- submissions

function invalidateOverviews(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.calendars }),
    queryClient.invalidateQueries({ queryKey: reportKeys.boards }),
    queryClient.invalidateQueries({ queryKey: reportKeys.leagues }),
  ]);
}

export function useSubmission(id: number) {
  return useQuery({
    queryKey: reportKeys.submission(id),
    queryFn: () => apiRequest<SubmissionView>(`/reports/submissions/${id}`).then((r) => r.submission),
    enabled: Number.isInteger(id) && id > 0,
    ...fresh,
  });
}

/** The unit's report for the period due in `month`: an empty draft the first time (201), else the one there is. */
export function useOpenSubmission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reportTypeId: number; unitCode: string; month: string }) =>
      apiRequest<SubmissionView & { created: boolean }>('/reports/submissions', { method: 'POST', body }),
    onSuccess: (view) => {
      queryClient.setQueryData(reportKeys.submission(view.submission.id), view.submission);
      return invalidateOverviews(queryClient);
    },
  });
}

/** Autosave: the whole form as typed. A bad value is refused with the field named (422 rows) and nothing is saved. */
export function useSaveDraft(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftBody) =>
      apiRequest<SubmissionView>(`/reports/submissions/${id}/draft`, { method: 'PUT', body }).then(
        (r) => r.submission,
      ),
    onSuccess: (submission) => queryClient.setQueryData(reportKeys.submission(id), submission),
  });
}

type Step = 'submit' | 'return' | 'approve' | 'reopen';

/** submit (and resubmit), return and reopen with a reason, approve. */
export function useSubmissionStep(id: number, step: Step) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason?: string) =>
      apiRequest<SubmissionView>(`/reports/submissions/${id}/${step}`, {
        method: 'POST',
        body: reason === undefined ? undefined : { reason },
      }).then((r) => r.submission),
    onSuccess: (submission) => {
      queryClient.setQueryData(reportKeys.submission(id), submission);
      return invalidateOverviews(queryClient);
    },
  });
}

/** One photo or file for one field (multipart, field name `file`): 413 too large, 415 wrong type by content. */
export function useUploadFile(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fieldId, file }: { fieldId: string; file: File }) =>
      uploadFile<SubmissionView>(
        `/reports/submissions/${id}/files/${encodeURIComponent(fieldId)}`,
        file,
      ).then((r) => r.submission),
    onSuccess: (submission) => queryClient.setQueryData(reportKeys.submission(id), submission),
  });
}

export function useDeleteFile(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: number) =>
      apiRequest<SubmissionView>(`/reports/files/${fileId}`, { method: 'DELETE' }).then((r) => r.submission),
    onSuccess: (submission) => queryClient.setQueryData(reportKeys.submission(id), submission),
  });
}

// ---------------------------------------------------------------- board and league

export function useBoard(province: string, month: string) {
  return useQuery({
    queryKey: reportKeys.board(province, month),
    queryFn: () => apiRequest<BoardView>('/reports/board', { query: { province, month } }),
    enabled: province !== '',
    ...fresh,
  });
}

export function useLeague(province: string, month: string) {
  return useQuery({
    queryKey: reportKeys.league(province, month),
    queryFn: () => apiRequest<LeagueView>('/reports/league', { query: { province, month } }),
    enabled: province !== '',
    ...fresh,
  });
}
