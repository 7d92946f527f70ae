import { isApiError } from '../../../shared/api/api-error';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { AccessDenied } from './access-denied';

/** The error state of a page's main resource: 403 becomes the no-access page. */
export function ResourceError({ error }: { error: unknown }) {
  return isApiError(error, 403) ? <AccessDenied /> : <ErrorAlert error={error} />;
}
