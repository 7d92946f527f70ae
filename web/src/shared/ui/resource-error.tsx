import { isApiError } from '../api/api-error';
import { AccessDenied } from './access-denied';
import { ErrorAlert } from './error-alert';

/** The error state of a page's main resource: 403 becomes the no-access page. */
export function ResourceError({ error }: { error: unknown }) {
  return isApiError(error, 403) ? <AccessDenied /> : <ErrorAlert error={error} />;
}
