import { useParams } from 'react-router';
import { translate } from '../../../shared/i18n/language';
import { resultValueText, trimDecimal } from '../../../shared/i18n/number';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { formatDate } from '../../../shared/thai-date/format-date';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { useKpiSet } from '../../kpis/api';
import { roundMonths } from '../../kpis/round-label';
import { useAgreement } from '../api';
import { PrintSignature } from '../components/print-signature';
import { effectiveCriteria } from '../item-criteria';
import { agentTitle, agentUnitName } from '../pair';
import { totalRule, type WeightList, weightLists } from '../print-rows';
import type { AgreementItem, AgreementView } from '../types';

const th = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) =>
  translate(key, 'th', params);

function resultText(item: AgreementItem): string {
  const { result } = item;
  if (!result) return th('followUp.noResult');
  const criteria = effectiveCriteria(item);
  let value = result.value === null ? '-' : resultValueText(result.value);
  if (criteria?.type === 'milestones' && result.inputs?.verified) {
    value = `ผ่าน ${result.inputs.verified.length}/${criteria.levels.flat().length} ขั้นตอน`;
  } else if (criteria?.type === 'composite' && result.inputs?.measures) {
    const measures = result.inputs.measures;
    value = criteria.measures.map((measure) => `${measure.label} ${measures[measure.id] ?? '-'}`).join(', ');
  }
  const key = result.source === 'register' ? 'followUp.resultFromRegister' : 'followUp.result';
  return th(key, { value, date: formatDate(result.asOf, 'th') });
}

function ItemRow({ item }: { item: AgreementItem }) {
  const counted = item.selected;
  return (
    <tr data-testid="follow-up-row" data-kpi-key={item.key}>
      <td>
        <p className="print-label">
          {d(th('summary.kpiName', { number: item.number, name: item.nameTh }))}
          {counted ? '' : ` ${th('followUp.notChosen')}`}
        </p>
        {item.levelTexts.map((text, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed positions
          <p key={index}>{d(`${th('summary.level', { level: index + 1 })} ${text || '-'}`)}</p>
        ))}
        <p>{d(resultText(item))}</p>
      </td>
      <td className="num">{d(trimDecimal(item.weight))}</td>
      <td className="num" data-testid="follow-up-score">
        {counted && item.evaluation ? d(item.evaluation.score) : '-'}
      </td>
      <td className="num" data-testid="follow-up-weighted">
        {counted && item.contribution ? d(item.contribution) : '-'}
      </td>
    </tr>
  );
}

function SectionTable({ list, optionalRequired }: { list: WeightList; optionalRequired: number }) {
  return (
    <>
      <h3>{th(list.id === 'team' ? 'summary.sectionTeam' : 'summary.sectionIndividual')}</h3>
      <table className="print-table" data-testid="follow-up-table" data-list={list.id}>
        <thead>
          <tr>
            <th>{th('followUp.kpi')}</th>
            <th style={{ width: '11%' }}>{th('followUp.weight')}</th>
            <th style={{ width: '13%' }}>{th('followUp.score')}</th>
            <th style={{ width: '15%' }}>{th('followUp.weighted')}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
          {list.optional.length > 0 && (
            <tr className="subhead">
              <td colSpan={4}>{d(th('summary.optionalHeading', { count: optionalRequired }))}</td>
            </tr>
          )}
          {list.optional.map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
          <tr className="total" data-testid="follow-up-list-total">
            <td>{th('followUp.sectionTotal')}</td>
            <td className="num">{list.section ? d(trimDecimal(list.section.weightSum)) : '-'}</td>
            <td />
            <td className="num" data-testid="follow-up-list-score">
              {list.section?.score ? d(list.section.score) : '-'}
            </td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

function FollowUp({ view }: { view: AgreementView }) {
  const { agreement, total } = view;
  const detail = useKpiSet(agreement.kpiSetId);
  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ResourceError error={detail.error} />;
  const round = detail.data.round;
  return (
    <PrintDocument title={`แบบติดตามผล ${agentUnitName(agreement)}`} backTo={`/agreements/${agreement.id}`}>
      <section className="print-sheet" data-testid="follow-up-sheet">
        <h1 data-testid="follow-up-heading">{th('followUp.heading')}</h1>
        {round && (
          <p className="print-center" data-testid="follow-up-round">
            {d(
              th('followUp.round', {
                number: round.number,
                months: roundMonths(round),
                unit: agentUnitName(agreement),
              }),
            )}
          </p>
        )}
        {round && <p className="print-center">{d(th('followUp.fiscalYear', { year: round.fiscalYear }))}</p>}
        {weightLists(view).map((list) => (
          <SectionTable key={list.id} list={list} optionalRequired={agreement.optionalRequired} />
        ))}
        <table className="print-table" data-testid="follow-up-total">
          <tbody>
            <tr className="total">
              <td>{th('followUp.grandTotal')}</td>
              <td className="num" style={{ width: '15%' }} data-testid="follow-up-total-score">
                {total ? d(total.score) : '-'}
              </td>
            </tr>
          </tbody>
        </table>
        {totalRule(total, th).map((line) => (
          <p key={line} className="print-note" data-testid="follow-up-rule">
            {d(line)}
          </p>
        ))}
        <p>{th('followUp.date')}</p>
        <div className="print-signatures">
          <PrintSignature
            role={th('followUp.monitored')}
            post={agentTitle(agreement)}
            withDate={false}
            testId="follow-up-signature"
          />
          {[1, 2, 3].map((n) => (
            <PrintSignature
              key={n}
              role={th('followUp.monitor')}
              withDate={false}
              testId="follow-up-signature"
            />
          ))}
        </div>
      </section>
    </PrintDocument>
  );
}

/** /print/agreements/:id/follow-up: the follow-up form of seed 000 §6.4, filled with the current scores. */
export function AgreementFollowUpPrintPage() {
  const view = useAgreement(Number(useParams().id));
  if (view.isPending) return <PageLoader />;
  if (view.isError) return <ResourceError error={view.error} />;
  return <FollowUp view={view.data} />;
}
