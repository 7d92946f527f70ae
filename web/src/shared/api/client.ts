import { ApiError, type ApiErrorBody } from './api-error';

export type QueryValue = string | number | undefined | null;

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Set to false where a 401 is an expected answer (login with a wrong password). */
  redirectOnUnauthorized?: boolean;
};

let csrfToken: string | null = null;
let unauthorizedListener: (() => void) | null = null;

/** The server hands the CSRF token out with login and /auth/me; every non-GET request sends it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The app registers one listener that sends the browser to /login. */
export function onUnauthorized(listener: () => void): void {
  unauthorizedListener = listener;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

function buildInit(method: string, body: unknown): RequestInit {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (body instanceof FormData) return { method, headers, body, credentials: 'same-origin' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The one way the web app talks to the server. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, redirectOnUnauthorized = true } = options;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), buildInit(method, body));
  } catch {
    throw new ApiError(0, { code: 'network', message: '' });
  }
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  if (response.status === 401 && redirectOnUnauthorized) unauthorizedListener?.();
  const error = (payload as { error?: ApiErrorBody } | undefined)?.error;
  throw new ApiError(response.status, error ?? { code: 'http_error', message: '' });
}
