import { useParams } from 'react-router';
import {
  numberTopics,
  placeWithTime,
  planEntries,
  planTitle,
  topicListTitle,
  topicsOfRows,
} from '../../../../../src/domain/visits/plan.ts';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { formatIsoDate, formatMonth } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useVisitPlan } from '../api';
import './visits-print.css';

/**
 * /print/visits/:id/plan: the letter's two attachments as seed 000 prints them. The plan table on a landscape sheet
 * (L47-L51: ที่ | กิจกรรม under its work group | วันที่ดำเนินการ | สถานที่ดำเนินการ (09.00น.) | หมายเหตุ, Arabic
 * digits as the seed's table has them), then the topics of the visits numbered 1., 3.1, 1) in Thai digits (L53-L100).
 */
export function VisitPlanPrintPage() {
  const id = Number(useParams().id);
  const query = useVisitPlan(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ResourceError error={query.error} />;
  const plan = query.data;
  const monthTh = formatMonth(plan.month, 'th');
  const entries = planEntries(plan.body.rows);
  const topics = numberTopics(topicsOfRows(plan.body.rows));
  return (
    <PrintDocument title={planTitle(plan.unit.nameTh, monthTh)} backTo={`/visits/${plan.id}`}>
      <article className="print-sheet visits-plan-sheet" data-testid="print-visits-plan">
        <h1 data-testid="print-plan-title">{planTitle(plan.unit.nameTh, monthTh)}</h1>
        <table className="visits-plan-table">
          <colgroup>
            <col style={{ width: '6%' }} />
            <col style={{ width: '40%' }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: '24%' }} />
            <col style={{ width: '12%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>ที่</th>
              <th>กิจกรรม</th>
              <th>วันที่ดำเนินการ</th>
              <th>สถานที่ดำเนินการ</th>
              <th>หมายเหตุ</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.no} data-testid="print-plan-entry">
                <td className="visits-center">{entry.no}</td>
                <td>
                  {entry.workGroupTh && <div className="visits-work-group">{entry.workGroupTh}</div>}
                  <div>{entry.activityTh}</div>
                </td>
                <td>
                  {entry.rows.map((row, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the rows keep the plan's order
                    <div key={i}>{formatIsoDate(row.date, 'th')}</div>
                  ))}
                </td>
                <td>
                  {entry.rows.map((row, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the rows keep the plan's order
                    <div key={i}>{placeWithTime(row)}</div>
                  ))}
                </td>
                <td>
                  {entry.rows
                    .filter((row) => row.remarksTh)
                    .map((row, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the rows keep the plan's order
                      <div key={i}>{row.remarksTh}</div>
                    ))}
                </td>
              </tr>
            ))}
            {entries.length === 0 && (
              <tr>
                <td colSpan={5} className="visits-center">
                  -ไม่มี-
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </article>
      {topics.length > 0 && (
        <article className="print-sheet visits-topics-sheet" data-testid="print-visits-topics">
          <h1>{d(topicListTitle(plan.unit.nameTh, monthTh))}</h1>
          {topics.map((topic) => (
            <section key={topic.no} className="visits-topic">
              <p className="visits-topic-title">
                {d(topic.no)}. {d(topic.titleTh)}
              </p>
              {topic.detailTh
                .split('\n')
                .filter((line) => line.trim() !== '')
                .map((line) => (
                  <p key={line} className="visits-topic-detail">
                    {d(line)}
                  </p>
                ))}
              {topic.lines.map((line, i) => (
                <p
                  // biome-ignore lint/suspicious/noArrayIndexKey: a topic's lines keep their order
                  key={i}
                  className={line.kind === 'heading' ? 'visits-topic-heading' : 'visits-topic-point'}
                >
                  {d(line.label)} {d(line.text)}
                </p>
              ))}
            </section>
          ))}
        </article>
      )}
    </PrintDocument>
  );
}
