import { useParams } from 'react-router';
import { translate } from '../../../shared/i18n/language';
import { trimDecimal } from '../../../shared/i18n/number';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useKpiSet } from '../../kpis/api';
import { useAgreement } from '../api';
import { PrintSignature } from '../components/print-signature';
import { agentTitle, principalTitle } from '../pair';
import { weightLists } from '../print-rows';
import type { AgreementItem, AgreementView } from '../types';

const th = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) =>
  translate(key, 'th', params);

const levels = [1, 2, 3, 4, 5];

function ItemRow({ item }: { item: AgreementItem }) {
  const chosen = item.section === 'optional' && item.selected ? ` ${th('summary.chosen')}` : '';
  return (
    <tr data-testid="summary-row" data-kpi-key={item.key}>
      <td>
        {d(th('summary.kpiName', { number: item.number, name: item.nameTh }))}
        {chosen}
      </td>
      <td className="num">{d(trimDecimal(item.weight))}</td>
      {levels.map((level) => (
        <td key={level}>{d(item.levelTexts[level - 1] || '-')}</td>
      ))}
      <td className="num">{item.workGroup ? th(`workGroupShort.${item.workGroup}`) : '-'}</td>
    </tr>
  );
}

function SectionTable({
  title,
  items,
  optional,
  optionalRequired,
  total,
  testId,
}: {
  title: string;
  items: AgreementItem[];
  optional: AgreementItem[];
  optionalRequired: number;
  total: string | undefined;
  testId: string;
}) {
  return (
    <>
      <h3>{title}</h3>
      <table className="print-table print-table-small" data-testid={testId}>
        <thead>
          <tr>
            <th style={{ width: '20%' }}>{th('summary.kpi')}</th>
            <th style={{ width: '6%' }}>{th('summary.weight')}</th>
            {levels.map((level) => (
              <th key={level}>{d(th('summary.level', { level }))}</th>
            ))}
            <th style={{ width: '8%' }}>{th('summary.source')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
          {optional.length > 0 && (
            <>
              <tr className="subhead">
                <td colSpan={8}>{d(th('summary.optionalHeading', { count: optionalRequired }))}</td>
              </tr>
              {optional.map((item) => (
                <ItemRow key={item.id} item={item} />
              ))}
            </>
          )}
          <tr className="total">
            <td>{th('summary.total')}</td>
            <td className="num" data-testid="summary-total">
              {total ? d(total) : '-'}
            </td>
            <td colSpan={6} />
          </tr>
        </tbody>
      </table>
    </>
  );
}

function Summary({ view }: { view: AgreementView }) {
  const { agreement } = view;
  const detail = useKpiSet(agreement.kpiSetId);
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ResourceError error={detail.error} />;
  const round = detail.data.round;
  const sum = (group: 'team' | 'individual') => view.weightChecks.find((check) => check.group === group)?.sum;
  return (
    <PrintDocument title={`สรุปงบหน้า ${agentTitle(agreement)}`} backTo={`/agreements/${agreement.id}`}>
      <section className="print-sheet" data-testid="summary-sheet">
        <h1 data-testid="summary-heading">
          {d(th('summary.heading', { year: round?.fiscalYear ?? detail.data.set.fiscalYear }))}
        </h1>
        <p className="print-center">{th('summary.agreement')}</p>
        <p className="print-center" data-testid="summary-pair">
          {th('summary.between', { principal: principalTitle(agreement), agent: agentTitle(agreement) })}
        </p>
        {round && (
          <p className="print-center" data-testid="summary-round">
            {round.labelThDigits}
          </p>
        )}
        <p className="print-center">
          {d(th('summary.version', { version: agreement.version }))}
          {agreement.status === 'draft' ? ` ${th('summary.draft')}` : ''}
        </p>
        {weightLists(view).map((list) => (
          <SectionTable
            key={list.id}
            title={th(list.id === 'team' ? 'summary.sectionTeam' : 'summary.sectionIndividual')}
            items={list.items}
            optional={list.optional}
            optionalRequired={agreement.optionalRequired}
            total={sum(list.id)}
            testId={`summary-${list.id}`}
          />
        ))}
        <div className="print-signatures">
          <PrintSignature
            role={th('signature.principal')}
            post={principalTitle(agreement)}
            signature={agreement.principalSigned}
            testId="summary-signature-principal"
          />
          <PrintSignature
            role={th('signature.agent')}
            post={agentTitle(agreement)}
            signature={agreement.agentSigned}
            testId="summary-signature-agent"
          />
        </div>
      </section>
    </PrintDocument>
  );
}

/** /print/agreements/:id/summary: สรุปงบหน้า, the summary sheet both sides sign (seed 001 §6.9). */
export function AgreementSummaryPrintPage() {
  const view = useAgreement(Number(useParams().id));
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  return <Summary view={view.data} />;
}
