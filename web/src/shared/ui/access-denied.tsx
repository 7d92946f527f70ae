import { useCurrentUser } from '../../features/auth/api';
import { unitName } from '../../features/units/unit-name';
import { useI18n } from '../i18n/language';
import { NoAccess } from './no-access';

/** The no-access page, naming the signed-in user's own unit. */
export function AccessDenied() {
  const me = useCurrentUser();
  const { lang } = useI18n();
  return <NoAccess unitName={unitName(me.unit, lang)} />;
}
