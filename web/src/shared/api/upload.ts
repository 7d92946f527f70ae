import { apiRequest, type QueryValue } from './client';

/** One file as multipart form data under the field name `file`, the way every upload and import route takes it. */
export function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Posts one file to the API (multipart, field `file`), with the query the route reads (unit, fiscal year…). */
export function uploadFile<T>(path: string, file: File, query?: Record<string, QueryValue>): Promise<T> {
  return apiRequest<T>(path, { method: 'POST', query, body: fileForm(file) });
}
