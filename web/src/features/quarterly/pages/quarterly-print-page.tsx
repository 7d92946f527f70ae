import { useParams } from 'react-router';
import { translate } from '../../../shared/i18n/language';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useQuarterlyReport } from '../api';
import { figure, LIGHT_FILL } from '../figures';
import { thresholdCells } from '../threshold-cells';
import type { Difference, Light, QuarterlyKpi, QuarterlyReport, QuarterView } from '../types';
import './quarterly-print.css';

const th = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) =>
  translate(key, 'th', params);
const fig = (value: string | null) => d(figure(value));
const fill = (light: Light | null) => (light === null ? undefined : { background: LIGHT_FILL[light] });
const lights: Light[] = ['red', 'yellow', 'green'];

function QuarterCell({ quarter, unit }: { quarter: QuarterView; unit: string }) {
  return (
    <td style={fill(quarter.light)} data-testid="print-quarter">
      {quarter.planned === null ? '–' : `${fig(quarter.planned)} ${unit}`}
      {quarter.label !== null && (
        <>
          <br />({quarter.label} {fig(quarter.adjusted)} {unit})
        </>
      )}
      {quarter.result !== null && (
        <>
          <br />({th('quarterly.result')} {fig(quarter.result)} {unit}
          {quarter.percent !== null && ` ${th('quarterly.percent')} ${d(quarter.percent)}`})
        </>
      )}
    </td>
  );
}

function PassFail({ kpi }: { kpi: QuarterlyKpi }) {
  if (kpi.threshold === null) return null;
  const cells = thresholdCells(kpi.threshold);
  const passed = kpi.passFail === 'ผ่าน';
  return (
    <table className="quarterly-mini" data-testid="print-pass-fail">
      <thead>
        <tr>
          <th>{th('quarterly.passFail')}</th>
          <th>{th('quarterly.fail')}</th>
          <th>{th('quarterly.pass')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>
            {th('quarterly.threshold')} ({kpi.unitTh})
          </td>
          <td>{d(cells.fail)}</td>
          <td>{d(cells.pass)}</td>
        </tr>
        <tr>
          <td>{th('quarterly.result')}</td>
          <td>{passed ? '' : fig(kpi.threshold.result)}</td>
          <td>{passed ? fig(kpi.threshold.result) : ''}</td>
        </tr>
        {kpi.measures
          .filter((m) => m.role === 'part' && m.target !== null)
          .map((m) => (
            <tr key={m.nameTh}>
              <td>- {m.nameTh}</td>
              <td>{passed ? '' : fig(m.result)}</td>
              <td>{passed ? fig(m.result) : ''}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** Item 6's organisations, item 2's 2.1 and 2.2, 2.3's achievable target and parts, as seed 004 words them. */
function Measures({ kpi }: { kpi: QuarterlyKpi }) {
  if (kpi.measures.length === 0) return null;
  return (
    <div data-testid="print-measures">
      {kpi.measures.map((m) => (
        <div key={m.nameTh}>
          • {m.nameTh}
          {m.target !== null && ` ${th('quarterly.target')} ${fig(m.target)} ${m.unitTh}`}
          {m.result !== null && ` ${th('quarterly.result')} ${fig(m.result)} ${m.unitTh}`}
          {m.percent !== null && ` ${th('quarterly.percent')} ${d(m.percent)}`}
        </div>
      ))}
    </div>
  );
}

function Regions({ kpi }: { kpi: QuarterlyKpi }) {
  const regions = kpi.regions;
  if (regions === null) return null;
  const quarters = (regions.quarterTotals ?? []).map((_, index) => index);
  return (
    <table className="quarterly-mini" data-testid="print-regions">
      <thead>
        <tr>
          <th>{th('quarterly.region')}</th>
          <th>{th('quarterly.target')}</th>
          <th>{th('quarterly.result')}</th>
          <th>{th('quarterly.percent')}</th>
          {quarters.map((q) => (
            <th key={q}>{d(th('quarterly.quarterShort', { quarter: q + 1 }))}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {regions.rows.map((row) => (
          <tr key={row.region}>
            <td>{row.nameTh}</td>
            <td>{fig(row.target)}</td>
            <td>{fig(row.result)}</td>
            <td style={fill(row.light)}>{row.percent === null ? '–' : d(row.percent)}</td>
            {quarters.map((q) => (
              <td key={q}>{fig(row.quarterResults?.[q] ?? null)}</td>
            ))}
          </tr>
        ))}
        <tr>
          <td>
            <b>{th('quarterly.total')}</b>
          </td>
          <td>
            <b>{fig(regions.sumTargets)}</b>
          </td>
          <td>
            <b>{fig(regions.sumResults)}</b>
          </td>
          <td>
            <b>{regions.nationalPercent === null ? '–' : d(regions.nationalPercent)}</b>
          </td>
          {quarters.map((q) => (
            <td key={q}>
              <b>{fig(regions.quarterTotals?.[q] ?? null)}</b>
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function Flags({ differences }: { differences: Difference[] }) {
  return differences.map((x) => (
    <div className="quarterly-flag" key={`${x.figure}-${x.line}`}>
      ⚑{' '}
      {d(
        th('quarterly.difference', {
          figure: x.figure,
          printed: x.printed === null ? th('quarterly.blank') : figure(x.printed),
          computed: x.computed === null ? th('quarterly.blank') : figure(x.computed),
        }),
      )}
    </div>
  ));
}

function KpiRow({ kpi, differences }: { kpi: QuarterlyKpi; differences: Difference[] }) {
  const narratives = kpi.narratives.filter((n) => n.kind !== 'remark');
  const remarks = kpi.narratives.filter((n) => n.kind === 'remark');
  return (
    <tr data-testid="print-kpi" data-kpi={kpi.code}>
      <td>
        {d(kpi.code)} {kpi.nameTh}
        <PassFail kpi={kpi} />
      </td>
      <td style={fill(kpi.annualLight)}>
        {fig(kpi.annualTarget)} {kpi.unitTh}
        {kpi.annualResult !== null && (
          <>
            <br />({th('quarterly.result')} {fig(kpi.annualResult)} {kpi.unitTh}
            {kpi.annualPercent !== null && ` ${th('quarterly.percent')} ${d(kpi.annualPercent)}`})
          </>
        )}
      </td>
      {kpi.quarters.map((quarter) => (
        <QuarterCell key={quarter.quarter} quarter={quarter} unit={kpi.unitTh} />
      ))}
      <td>
        {narratives.map((n) => (
          <div key={`${n.kind}-${n.textTh}`}>
            {n.kind !== 'result' && <b>{th(`quarterly.narrative.${n.kind}`)}: </b>}
            {d(n.textTh)}
          </div>
        ))}
        <Measures kpi={kpi} />
        <Regions kpi={kpi} />
      </td>
      <td>
        {remarks.map((n) => (
          <div key={`${n.kind}-${n.textTh}`}>{d(n.textTh)}</div>
        ))}
        <Flags differences={differences} />
      </td>
    </tr>
  );
}

function Legend() {
  return (
    <tr className="quarterly-legend-row" data-testid="print-legend">
      <td colSpan={8}>
        <b>{th('quarterly.legend')}</b>
        {lights.map((light) => (
          <span key={light}>
            <span className="quarterly-swatch" style={fill(light)} />
            {d(th(`quarterly.legend.${light}`))}
          </span>
        ))}
      </td>
    </tr>
  );
}

function Report({ report }: { report: QuarterlyReport }) {
  return (
    <div className="print-sheet quarterly-sheet" data-testid="print-sheet">
      <h1>{d(report.titleTh)}</h1>
      <p className="print-center">
        {report.organisationTh} ·{' '}
        {report.asOf === null
          ? th('quarterly.asOfMissing')
          : d(th('quarterly.asOf', { date: formatIsoDate(report.asOf, 'th') }))}
      </p>
      <table className="print-table quarterly-table" data-testid="print-quarterly-table">
        <colgroup>
          <col style={{ width: '23%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '9%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '11%' }} />
        </colgroup>
        <thead>
          <tr>
            <th rowSpan={2}>{th('quarterly.item')}</th>
            <th rowSpan={2}>{th('quarterly.annualTarget')}</th>
            <th colSpan={4}>{th('quarterly.quarterly')}</th>
            <th rowSpan={2}>{th('quarterly.narrative.result')}</th>
            <th rowSpan={2}>{th('quarterly.remarks')}</th>
          </tr>
          <tr>
            {[1, 2, 3, 4].map((q) => (
              <th key={q}>{d(th('quarterly.quarter', { quarter: q }))}</th>
            ))}
          </tr>
        </thead>
        <tfoot>
          <Legend />
        </tfoot>
        {report.strategicIssues.map((issue) => (
          <tbody key={issue.no}>
            <tr className="quarterly-issue subhead">
              <td colSpan={8}>{d(th('quarterly.issue', { no: issue.no, name: issue.nameTh }))}</td>
            </tr>
            {issue.kpis.map((kpi) => (
              <KpiRow
                key={kpi.code}
                kpi={kpi}
                differences={report.differences.filter((x) => x.kpi === kpi.code)}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The quarterly report on A4 landscape: Thai digits, Sarabun, the colour legend at the foot of every page. */
export function QuarterlyPrintPage() {
  const params = useParams();
  const fiscalYear = Number(params.fiscalYear);
  const quarter = Number(params.quarter);
  const report = useQuarterlyReport(fiscalYear, quarter);
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <ResourceError error={report.error} />;
  return (
    <PrintDocument title={report.data.titleTh} backTo={`/quarterly/${fiscalYear}/${quarter}`}>
      <Report report={report.data} />
    </PrintDocument>
  );
}
