import { useI18n } from '../../../shared/i18n/language';
import { NoAccess } from '../../../shared/ui/no-access';
import { unitName } from '../../units/unit-name';
import { useCurrentUser } from '../api';

/** The no-access page, naming the signed-in user's own unit. */
export function AccessDenied() {
  const me = useCurrentUser();
  const { lang } = useI18n();
  return <NoAccess unitName={unitName(me.unit, lang)} />;
}
