/**
 * The shapes the renderer draws, as forms-contract.md states them for src/domain/forms (definition.ts, values.ts).
 * The renderer only reads them, so it takes them structurally: a definition from the domain, the template API or
 * the designer's draft all fit.
 */
export type FieldKey = string;

type Base = { key: FieldKey; labelTh: string; helpTh?: string; required: boolean };

export type CommunityFundMeasure = string;

export type NumberField = Base & {
  kind: 'number';
  unit?: string;
  min?: string;
  max?: string;
  decimals: number;
  prefill?: { source: 'community-funds'; measure: CommunityFundMeasure };
};
export type TextField = Base & { kind: 'text'; maxLength?: number };
export type LongTextField = Base & { kind: 'longText'; maxLength?: number };
export type DateField = Base & { kind: 'date' };
export type ChoiceField = Base & {
  kind: 'choice';
  options: { value: string; labelTh: string }[];
  multiple: boolean;
};
export type ComputedField = Base & {
  kind: 'computed';
  expression: string;
  decimals: number;
  unit?: string;
  levels?: readonly string[];
};
export type ColumnField = NumberField | TextField | DateField | ChoiceField | ComputedField;
export type TableField = Base & { kind: 'table'; columns: ColumnField[]; minRows: number; maxRows: number };
export type PhotoField = Base & { kind: 'photo'; maxCount: number };
export type SignatureField = Base & { kind: 'signature'; count: number };
export type AgreementKpisField = Base & { kind: 'agreementKpis' };

export type FormField =
  | NumberField
  | TextField
  | LongTextField
  | DateField
  | ChoiceField
  | ComputedField
  | TableField
  | PhotoField
  | SignatureField
  | AgreementKpisField;

export type FormDefinition = {
  titleTh: string;
  subtitleTh?: string;
  subject: 'district' | 'subdistrict';
  sections: { titleTh: string; fields: FormField[] }[];
};

export type FormValues = Record<FieldKey, unknown>;
export type FormProblem = { path: string; messageTh: string };

export type Signer = { name: string; position: string };
export type AgreementKpiRow = {
  kpiId: number;
  code: string;
  nameTh: string;
  weight: string;
  score: string | null;
  level: number | null;
};
export type TableRow = Record<string, unknown>;

/** How the page lets the renderer take photos: absent in the designer's preview (no follow-up to attach them to). */
export type PhotoSupport = {
  /** Uploads one image for a photo field and answers its file id; rejects with the server's Thai message. */
  upload: (fieldKey: string, file: File) => Promise<number>;
  /** The image's address, for the thumbnail. */
  url: (fileId: number) => string;
  /** Why photos cannot be taken now (offline, not saved yet), or null when they can. */
  unavailableTh: string | null;
};

/** What every compound field's input takes: its field, its current value, where a new value goes, the problems. */
export type FieldInputProps<F, V> = {
  field: F;
  value: unknown;
  onChange: (value: V) => void;
  problems: readonly FormProblem[];
  readOnly: boolean;
};
