import { useParams } from 'react-router';
import { groupsByPresenter, itemBlocks, presenterIntros } from '../../../../../src/domain/minutes/agenda.ts';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { formatIsoDate, formatMonth } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useMinutes } from '../api';
import type { MinutesResolution, MinutesTable } from '../types';
import './minutes-print.css';

const numeric = (text: string) => /^[\d,.\-–/ ]+$/.test(text);
const WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];
const weekday = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
/** 003 L7: "วันพุธที่ ๓๑ สิงหาคม ๒๕๖๕ เวลา ๐๙.๓๐ น." */
const when = (date: string, time: string | null) =>
  d(`วัน${weekday(date)}ที่ ${formatIsoDate(date, 'th')}${time ? ` เวลา ${time} น.` : ''}`);

/** "… แจ้งเรื่องสืบเนื่อง จำนวน ๒ เรื่อง ดังนี้" before a presenter's run of items in agendas 3 and 4 (003 L267). */
function PresenterIntro({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="minutes-body" data-testid="print-minutes-presenter">
      {d(text)}
    </p>
  );
}

/** "มติที่ประชุม รับทราบ โดยขอให้…" (003 L72, L80), or nothing. */
function Resolution({ value }: { value: MinutesResolution }) {
  const text = [value.phrase, value.note.trim()].filter(Boolean).join(' ');
  if (!text) return null;
  return (
    <p className="minutes-body">
      <strong>มติที่ประชุม</strong> {d(text)}
    </p>
  );
}

function Grid({ table }: { table: MinutesTable }) {
  return (
    <>
      {table.titleTh && <p className="minutes-body">{d(table.titleTh)}</p>}
      <table className="minutes-grid" data-testid="print-minutes-table">
        <thead>
          <tr>
            {table.columns.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a snapshot's columns never move, and may be blank
              <th key={j}>{d(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...table.rows, ...(table.total ? [table.total] : [])].map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a snapshot's rows never move
            <tr key={i} style={table.total && i === table.rows.length ? { fontWeight: 700 } : undefined}>
              {row.map((cell, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a snapshot's cells never move
                <td key={j} style={numeric(cell) ? { textAlign: 'right' } : undefined}>
                  {d(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.noteTh && <p className="minutes-body">{d(table.noteTh)}</p>}
    </>
  );
}

/** /print/minutes/:id: the minutes on A4 in seed 003's layout, Thai digits as the seed writes them. */
export function MinutesPrintPage() {
  const id = Number(useParams().id);
  const query = useMinutes(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ResourceError error={query.error} />;
  const m = query.data;
  const b = m.body;
  const intros = b.agenda.map((a, i) =>
    presenterIntros(
      i + 1,
      a.items.map((x) => x.presenter),
    ),
  );
  return (
    <PrintDocument title={`รายงานการประชุม ครั้งที่ ${m.number}`} backTo={`/minutes/${m.id}`}>
      <article className="print-sheet minutes-sheet" data-testid="print-minutes">
        <div className="minutes-head">
          <div>{m.titleTh}</div>
          <div>ประจำเดือน {d(formatMonth(m.meetingDate.slice(0, 7), 'th'))}</div>
          <div data-testid="print-minutes-number">ครั้งที่ {d(m.number)}</div>
        </div>
        <div className="minutes-when">
          <div>{when(m.meetingDate, m.timeFrom)}</div>
          <div>ณ {d(m.venueTh)}</div>
        </div>
        <h2>ผู้เข้าร่วมประชุม</h2>
        <table className="minutes-people">
          <tbody>
            {b.attendees.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place and keep their order
              <tr key={`${p.name}-${i}`}>
                <td>{d(i + 1)}.</td>
                <td>{p.name}</td>
                <td>{d(p.position)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>ผู้ไม่เข้าประชุม</h2>
        {b.absentees.length === 0 ? (
          <p className="minutes-body">-ไม่มี-</p>
        ) : (
          b.absentees.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place and keep their order
            <p className="minutes-body" key={`${p.name}-${i}`} data-testid="print-minutes-absentee">
              {d(i + 1)}. {p.name} {p.position}
              {p.reason ? ` (${p.reason})` : ''}
            </p>
          ))
        )}
        <h2>กิจกรรมก่อนเริ่มวาระการประชุม</h2>
        {b.activities
          .filter((a) => a.trim() !== '')
          .map((a) => (
            <p className="minutes-body" key={a}>
              - {a}
            </p>
          ))}
        {b.agenda.map((agenda, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place and keep their order
          <section key={`agenda-${i + 1}`}>
            <h2>
              ระเบียบวาระที่ {d(i + 1)} {d(agenda.title)}
            </h2>
            {i === 1 && b.previous.circulatedBy && b.previous.circulatedOn && (
              <p className="minutes-body">
                {d(
                  `${b.previous.circulatedBy} ได้แจ้งเวียนรายงานการประชุมครั้งที่ ${b.previous.number}${b.previous.pages ? ` จำนวน ${b.previous.pages} หน้า` : ''} ให้ทราบแล้วเมื่อวันที่ ${formatIsoDate(b.previous.circulatedOn, 'th')}`,
                )}
              </p>
            )}
            {i === 5 && b.nextMeeting.date && (
              <>
                <p className="minutes-body" data-testid="print-minutes-next">
                  {d(
                    `เรื่องกำหนดการประชุมครั้งต่อไป${m.nextMeetingNumber ? ` ครั้งที่ ${m.nextMeetingNumber}` : ''} ประจำเดือน ${formatMonth(b.nextMeeting.date.slice(0, 7), 'th')}`,
                  )}
                </p>
                <p className="minutes-body">
                  กำหนดจัดขึ้นใน{when(b.nextMeeting.date, b.nextMeeting.timeFrom)}
                  {b.nextMeeting.venueTh ? ` ณ ${d(b.nextMeeting.venueTh)}` : ''}
                </p>
              </>
            )}
            {agenda.items.length === 0 &&
              !(i === 5 && b.nextMeeting.date) &&
              !(i === 1 && b.previous.circulatedOn) && <p className="minutes-body">-ไม่มี-</p>}
            {agenda.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries are edited in place and keep their order
              <div key={`item-${i}-${j}`}>
                <PresenterIntro text={intros[i]?.[j]} />
                <p className="minutes-body">
                  <strong>{d(`${i + 1}.${j + 1} ${item.heading}`)}</strong>
                </p>
                {item.presenter && !groupsByPresenter(i + 1) && (
                  <p className="minutes-body">ผู้เสนอ {d(item.presenter)}</p>
                )}
                {itemBlocks(item.text, item.tables).map((block, k) =>
                  'line' in block ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are derived in order from the item
                    <p className="minutes-body" key={`line-${k}`}>
                      {d(block.line)}
                    </p>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are derived in order from the item
                    <Grid key={`table-${k}`} table={block.table} />
                  ),
                )}
                <Resolution value={item.resolution} />
              </div>
            ))}
            <Resolution value={agenda.resolution} />
          </section>
        ))}
        {m.timeTo && <p>เลิกประชุม เวลา {d(m.timeTo)} น.</p>}
        {(
          [
            ['ผู้จดรายงานการประชุม', b.taker],
            ['ผู้ตรวจรายงานการประชุม', b.reviewer],
          ] as const
        ).map(([role, s]) => (
          <div className="minutes-sign" key={role}>
            <div>ลงชื่อ ........................................ {role}</div>
            <div>({s.name || '........................................'})</div>
            <div>{s.position}</div>
          </div>
        ))}
      </article>
    </PrintDocument>
  );
}
