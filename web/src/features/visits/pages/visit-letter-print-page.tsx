import { useParams } from 'react-router';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useVisitPlan } from '../api';
import './visits-print.css';

/**
 * /print/visits/:id/letter: the plan's official letter as seed 000 prints it (L5-L36): ที่ on the left and the office
 * with its address on the right, the date, เรื่อง, เรียน, สิ่งที่ส่งมาด้วย, the body, the signature block, the
 * contact lines at the bottom; every number in Thai digits ("ที่ อบ ๐๐๑๙/ว ๙๙๖", "๒๕ กรกฎาคม ๒๕๖๖").
 */
export function VisitLetterPrintPage() {
  const id = Number(useParams().id);
  const query = useVisitPlan(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ResourceError error={query.error} />;
  const plan = query.data;
  const l = plan.body.letter;
  return (
    <PrintDocument title={`หนังสือ ${l.number || l.subjectTh}`} backTo={`/visits/${plan.id}`}>
      <article className="print-sheet visits-letter" data-testid="print-visits-letter">
        <div className="visits-letter-head">
          <div className="visits-letter-number" data-testid="print-letter-number">
            ที่ {d(l.number) || '..................'}
          </div>
          <div className="visits-letter-office">
            <div>{d(l.officeTh)}</div>
            {l.addressTh && <div>{d(l.addressTh)}</div>}
          </div>
        </div>
        <div className="visits-letter-date" data-testid="print-letter-date">
          {l.date ? d(formatIsoDate(l.date, 'th')) : '..................'}
        </div>
        <p className="visits-letter-line" data-testid="print-letter-subject">
          <span className="visits-letter-label">เรื่อง</span>
          <span>{d(l.subjectTh)}</span>
        </p>
        <p className="visits-letter-line" data-testid="print-letter-to">
          <span className="visits-letter-label">เรียน</span>
          <span>{d(l.toTh)}</span>
        </p>
        {l.attachments.length > 0 && (
          <table className="visits-letter-attachments" data-testid="print-letter-attachments">
            <tbody>
              {l.attachments.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: attachments keep their order
                <tr key={i}>
                  <td className="visits-letter-label">{i === 0 ? 'สิ่งที่ส่งมาด้วย' : ''}</td>
                  <td>
                    {d(i + 1)}. {d(a.titleTh)}
                  </td>
                  <td className="visits-letter-quantity">{d(a.quantityTh)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {l.paragraphs
          .filter((p) => p.trim() !== '')
          .map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs keep their order
            <p key={i} className="visits-letter-paragraph">
              {d(p)}
            </p>
          ))}
        {l.closingTh && <p className="visits-letter-paragraph">{d(l.closingTh)}</p>}
        <div className="visits-letter-sign" data-testid="print-letter-sign">
          <div>ขอแสดงความนับถือ</div>
          <div className="visits-letter-sign-space" />
          <div>({l.signerName || '........................................'})</div>
          <div className="visits-letter-position">{d(l.signerPosition)}</div>
        </div>
        <div className="visits-letter-contact">
          {l.contactUnitTh && <div>{d(l.contactUnitTh)}</div>}
          {l.contactPhoneTh && <div>{d(l.contactPhoneTh)}</div>}
        </div>
      </article>
    </PrintDocument>
  );
}
