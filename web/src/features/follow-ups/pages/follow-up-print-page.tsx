import Decimal from 'decimal.js';
import { useParams } from 'react-router';
import { toThaiDigits as d } from '../../../shared/i18n/thai-digits';
import { formatIsoDate } from '../../../shared/thai-date/month';
import { PageLoader } from '../../../shared/ui/page-loader';
import { PrintDocument } from '../../../shared/ui/print-document';
import { ResourceError } from '../../../shared/ui/resource-error';
import { photoUrl, useFollowUp } from '../api';
import {
  choicesOf,
  kpiRowsOf,
  levelText,
  photosOf,
  rowsOf,
  signersOf,
  textOf,
} from '../components/form-renderer/field-values';
import type { ColumnField, FormField, FormValues, SignatureField } from '../components/form-renderer/types';
import type { FollowUp } from '../types';
import './follow-up-print.css';

const BLANK = '........................';
const grouped = (text: string) =>
  text.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','));

/** A scalar answer as the seed's dotted line holds it: numbers to their decimals, dates in Thai, choices by name. */
function answerText(field: ColumnField, value: unknown): string {
  const text = textOf(value);
  switch (field.kind) {
    case 'number':
      return text === '' ? '' : grouped(new Decimal(text).toFixed(field.decimals));
    case 'computed':
      if (text === '') return '';
      return field.levels ? levelText(text) : grouped(new Decimal(text).toFixed(field.decimals));
    case 'date':
      return text === '' ? '' : formatIsoDate(text, 'th');
    case 'choice': {
      const chosen = choicesOf(value);
      return field.options
        .filter((o) => chosen.includes(o.value))
        .map((o) => o.labelTh)
        .join(', ');
    }
    default:
      return text;
  }
}

/** The unit after the answer, unless the label already ends with it ("คิดเป็นร้อยละ ….", seed 000 L110). */
function unitOf(field: ColumnField): string {
  const unit =
    field.kind === 'number' || (field.kind === 'computed' && !field.levels) ? field.unit : undefined;
  return unit && !field.labelTh.endsWith(unit) ? ` ${unit}` : '';
}

function Line({ field, value }: { field: ColumnField; value: unknown }) {
  const text = answerText(field, value);
  return (
    <div className="fu-line" data-testid={`print-field-${field.key}`}>
      {d(field.labelTh)}
      {field.kind === 'computed' && field.levels && !field.labelTh.includes('ระดับ') ? ' ระดับ' : ''}{' '}
      <span className="fu-answer">{text === '' ? BLANK : d(text)}</span>
      {text === '' ? '' : d(unitOf(field))}
    </div>
  );
}

/** "ลงชื่อ……ผู้ให้ข้อมูล (name) ตำแหน่ง…": one block per signer line of the field. */
function Signers({ field, value }: { field: SignatureField; value: unknown }) {
  return signersOf(value, field.count).map((s, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: signer lines are fixed by the field's count
    <div className="fu-sign" key={`${field.key}-${i}`} data-testid={`print-signer-${field.key}`}>
      <div>
        ลงชื่อ{BLANK}
        {d(field.labelTh)}
      </div>
      <div>({s.name === '' ? BLANK : d(s.name)})</div>
      <div>ตำแหน่ง {s.position === '' ? BLANK : d(s.position)}</div>
    </div>
  ));
}

function Field({ field, values, followUp }: { field: FormField; values: FormValues; followUp: FollowUp }) {
  const value = values[field.key];
  switch (field.kind) {
    case 'longText':
      return (
        <div data-testid={`print-field-${field.key}`}>
          <div className="fu-line">{d(field.labelTh)}</div>
          <div className="fu-text">{textOf(value) === '' ? BLANK.repeat(3) : d(textOf(value))}</div>
        </div>
      );
    case 'table':
      return (
        <div data-testid={`print-field-${field.key}`}>
          <div className="fu-line">{d(field.labelTh)}</div>
          <table className="fu-grid">
            <thead>
              <tr>
                <th>ที่</th>
                {field.columns.map((c) => (
                  <th key={c.key}>{d(c.labelTh)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rowsOf(value).map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a finished form's rows never move
                <tr key={i}>
                  <td>{d(i + 1)}</td>
                  {field.columns.map((c) => (
                    <td
                      key={c.key}
                      style={
                        c.kind === 'number' || c.kind === 'computed' ? { textAlign: 'right' } : undefined
                      }
                    >
                      {d(answerText(c, row[c.key]))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'photo':
      return (
        <div data-testid={`print-field-${field.key}`}>
          <div className="fu-line">{d(field.labelTh)}</div>
          <div className="fu-photos">
            {photosOf(value).map((id, i) => (
              <img key={id} src={photoUrl(followUp.id, id)} alt={`${field.labelTh} ${d(i + 1)}`} />
            ))}
          </div>
        </div>
      );
    case 'agreementKpis':
      return (
        <table className="fu-grid" data-testid={`print-field-${field.key}`}>
          <thead>
            <tr>
              <th>ตัวชี้วัดและค่าเป้าหมาย</th>
              <th>น้ำหนัก (ร้อยละ)</th>
              <th>ค่าคะแนน</th>
            </tr>
          </thead>
          <tbody>
            {kpiRowsOf(value).map((row) => (
              <tr key={row.kpiId} data-testid="print-kpi-row">
                <td>
                  {d(row.code)} {d(row.nameTh)}
                </td>
                <td style={{ textAlign: 'right' }}>{d(new Decimal(row.weight).toFixed(2))}</td>
                <td style={{ textAlign: 'right' }}>
                  {row.score === null ? '-' : d(new Decimal(row.score).toFixed(4, Decimal.ROUND_HALF_UP))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signature':
      return null;
    default:
      return <Line field={field} value={value} />;
  }
}

/** /print/follow-ups/:id: a follow-up on A4 as seed 000 prints its forms, Thai digits, the signers at the end. */
export function FollowUpPrintPage() {
  const id = Number(useParams().id);
  const query = useFollowUp(id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ResourceError error={query.error} />;
  const f = query.data;
  const definition = f.template.definition;
  const signatures = definition.sections.flatMap((s) =>
    s.fields.filter((field): field is SignatureField => field.kind === 'signature'),
  );
  const unitWord = f.unit.kind === 'subdistrict' ? 'ตำบล' : 'อำเภอ';
  return (
    <PrintDocument title={`${definition.titleTh} ${f.unit.nameTh}`} backTo={`/follow-ups/fill/${f.clientId}`}>
      <article className="print-sheet follow-up-sheet" data-testid="print-follow-up">
        <div className="fu-head">
          <div>{d(definition.titleTh)}</div>
          {definition.subtitleTh && <div>{d(definition.subtitleTh)}</div>}
          <div data-testid="print-follow-up-unit">
            {f.unit.nameTh.startsWith(unitWord) ? f.unit.nameTh : `${unitWord}${f.unit.nameTh}`}
          </div>
          {f.status === 'draft' && <div>(ร่าง ยังไม่จบแบบติดตาม)</div>}
        </div>
        {definition.sections.map((section, i) =>
          section.fields.every((field) => field.kind === 'signature') ? null : (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections print in the definition's order
            <section key={i}>
              {section.titleTh && <h2>{d(section.titleTh)}</h2>}
              {section.fields.map((field) => (
                <Field key={field.key} field={field} values={f.values} followUp={f} />
              ))}
            </section>
          ),
        )}
        <div className="fu-signers">
          {signatures.map((field) => (
            <Signers key={field.key} field={field} value={f.values[field.key]} />
          ))}
        </div>
        <div className="fu-date" data-testid="print-follow-up-date">
          ติดตามเมื่อวันที่ {f.followUpDate ? d(formatIsoDate(f.followUpDate, 'th')) : BLANK}
        </div>
        {f.version > 1 && <div className="fu-date">ฉบับแก้ไขครั้งที่ {d(f.version - 1)}</div>}
      </article>
    </PrintDocument>
  );
}
