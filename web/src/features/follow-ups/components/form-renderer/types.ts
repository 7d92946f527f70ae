/** The shapes the renderer draws: the forms domain's own (src/domain/forms, types only: nothing of it is bundled). */
export type {
  AgreementKpisField,
  ChoiceField,
  ColumnField,
  CommunityFundMeasure,
  ComputedField,
  DateField,
  FieldKey,
  FormDefinition,
  FormField,
  FormProblem,
  LongTextField,
  NumberField,
  PhotoField,
  SignatureField,
  TableField,
  TextField,
} from '../../../../../../src/domain/forms/definition.ts';
export type {
  AgreementKpiValue as AgreementKpiRow,
  FormValues,
  ScalarValue,
  SignatureValue as Signer,
  TableRow,
} from '../../../../../../src/domain/forms/values.ts';

import type { FormProblem } from '../../../../../../src/domain/forms/definition.ts';

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
