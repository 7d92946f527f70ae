import { translate } from '../../../shared/i18n/language';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { kpiKindLabel } from '../kpi-sections';
import './booklet.css';
import { roundShortLabel } from '../round-label';
import type { Contact, Kpi, Round } from '../types';

const th = (key: Parameters<typeof translate>[0], params?: Parameters<typeof translate>[2]) =>
  translate(key, 'th', params);

function Field({ label, text }: { label: string; text: string | null }) {
  return (
    <p className="print-field">
      <span className="print-label">{label} : </span>
      {text ? d(text) : '-'}
    </p>
  );
}

function ContactRows({ title, contacts }: { title: string; contacts: Contact[] }) {
  if (contacts.length === 0) return null;
  return (
    <>
      <tr className="subhead">
        <td colSpan={3}>{title}</td>
      </tr>
      {contacts.map((contact, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same person may appear twice
        <tr key={index}>
          <td>
            {d(index + 1)}. {contact.name}
          </td>
          <td>{contact.position}</td>
          <td className="num">{contact.phone ? d(contact.phone) : '-'}</td>
        </tr>
      ))}
    </>
  );
}

/** "(1-3)" → "๑ – ๓" */
function levelsText(levels: string): string {
  return d(levels.replace('-', ' – '));
}

/** One KPI definition card on its own A4 page, in seed 001's layout and always in Thai with Thai digits. */
export function BookletCard({ kpi, round }: { kpi: Kpi; round: Round }) {
  const roundText = roundShortLabel(round);
  const name = kpi.nameTh.includes('รอบการประเมินที่') ? kpi.nameTh : `${kpi.nameTh} (${roundText})`;
  const responsible = kpi.contacts.filter((contact) => contact.role === 'responsible');
  const coordinators = kpi.contacts.filter((contact) => contact.role === 'coordinator');
  return (
    <section className="print-sheet booklet-card" data-testid="booklet-card" data-key={kpi.key}>
      <p className="print-label print-label-line">{th(kpiKindLabel[kpi.kind])}</p>
      <h2 data-testid="booklet-card-title">{d(th('booklet.title', { number: kpi.number, name }))}</h2>
      <Field label={th('booklet.unit')} text={kpi.unitOfMeasure} />
      <Field
        label={th('booklet.weight')}
        text={kpi.weight ? th('booklet.percent', { weight: kpi.weight }) : null}
      />
      <Field label={th('booklet.definition')} text={kpi.definition} />
      <Field label={th('booklet.formula')} text={kpi.formulaText} />
      <Field label={th('booklet.rationale')} text={kpi.rationale} />
      <Field label={th('booklet.dataSource')} text={kpi.dataSource} />
      <p className="print-field">
        <span className="print-label">{th('booklet.criteria')} : </span>
        {th('booklet.criteriaIntro')}
      </p>
      <table className="print-table" data-testid="booklet-levels">
        <thead>
          <tr>
            <th style={{ width: '18%' }}>{th('booklet.level')}</th>
            <th>{th('booklet.levelText')}</th>
          </tr>
        </thead>
        <tbody>
          {kpi.levelTexts.map((text, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the five levels are fixed positions
            <tr key={index}>
              <td className="num">{d(index + 1)}</td>
              <td>{text ? d(text) : '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {kpi.measurementDay !== null && <p>{d(th('booklet.measurementDay', { day: kpi.measurementDay }))}</p>}
      {kpi.evidence.length > 0 && (
        <>
          <h3>{th('booklet.evidence')}</h3>
          <table className="print-table" data-testid="booklet-evidence">
            <thead>
              <tr>
                <th style={{ width: '18%' }}>{th('booklet.level')}</th>
                <th>{th('booklet.evidence')}</th>
              </tr>
            </thead>
            <tbody>
              {kpi.evidence.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows keep their printed order
                <tr key={index}>
                  <td className="num">{levelsText(row.levels)}</td>
                  <td>{d(row.text)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {kpi.contacts.length > 0 && (
        <>
          <h3>
            {th('booklet.responsible')} / {th('booklet.coordinator')}
          </h3>
          <table className="print-table" data-testid="booklet-contacts">
            <thead>
              <tr>
                <th>{th('booklet.name')}</th>
                <th>{th('booklet.position')}</th>
                <th>{th('booklet.phone')}</th>
              </tr>
            </thead>
            <tbody>
              <ContactRows title={th('booklet.responsible')} contacts={responsible} />
              <ContactRows title={th('booklet.coordinator')} contacts={coordinators} />
            </tbody>
          </table>
        </>
      )}
      {kpi.notes && <Field label={th('booklet.notes')} text={kpi.notes} />}
    </section>
  );
}
