import { translate } from '../../../shared/i18n/language';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { formatDate } from '../../../shared/thai-date/format-date';
import type { Signature } from '../types';

const dots = '........................................';

type Props = {
  /** "ผู้ให้คำรับรอง", "ผู้ติดตาม" … under the name and post. */
  role: string;
  /** The post printed under the name, e.g. "พัฒนาการจังหวัดยะลา"; a dotted line when empty. */
  post?: string;
  signature?: Signature | null;
  /** Show a dotted date line when unsigned. */
  withDate?: boolean;
  testId?: string;
};

/** "ลงชื่อ ………… / (name) / post / ผู้ให้คำรับรอง / date": filled in once the side has signed. */
export function PrintSignature({ role, post, signature, withDate = true, testId }: Props) {
  return (
    <div className="print-signature" data-testid={testId} data-signed={Boolean(signature)}>
      <p>
        {translate('signature.sign', 'th')} {dots}
      </p>
      <p>({signature?.name ?? dots})</p>
      {signature?.position && signature.position !== post && <p>{signature.position}</p>}
      <p>{post ? post : `${translate('followUp.position', 'th')} ${dots}`}</p>
      <p className="print-label">{role}</p>
      {signature ? (
        <p>{d(translate('signature.date', 'th', { date: formatDate(signature.at, 'th') }))}</p>
      ) : (
        withDate && <p>{translate('signature.blankDate', 'th')}</p>
      )}
    </div>
  );
}
