import { isApiError } from '../../shared/api/api-error';
import { type ProblemPlace, problemPlace } from './definition-edit';

/** One thing the server refused, with where it belongs in the designer. */
export type PlacedProblem = {
  place: ProblemPlace;
  /** The header's property a form-level message names ("titleTh"), or "". */
  property: string;
  message: string;
};

export type PlacedProblems = {
  /** Every refusal in the server's order, for the list above the designer. */
  all: PlacedProblem[];
  /** The form header's messages by property ("titleTh", "subtitleTh"; "" when the path names none). */
  form: Map<string, string>;
  /** A section title's message, by section index. */
  sections: Map<number, string>;
  /** "section.field" of every field a message names. */
  fields: Set<string>;
  /** The messages for a field ("s.f"), and for one of its table columns ("s.f.c"), joined. */
  messages: Map<string, string>;
};

const headerProperty = (path: string | undefined) =>
  (path ?? '').split('.').filter((part) => part !== 'definition')[0] ?? '';

const append = <K>(map: Map<K, string>, key: K, message: string) => {
  const before = map.get(key);
  if (before === undefined) map.set(key, message);
  else if (!before.split(' · ').includes(message)) map.set(key, `${before} · ${message}`);
};

/**
 * Where the server's refusal of a save belongs. A refused definition (422) lists every problem in its rows, each
 * with its path ("sections.0.fields.2.expression"); any other refusal carries one field path and message.
 */
export function placeProblems(error: unknown): PlacedProblems {
  const placed: PlacedProblems = {
    all: [],
    form: new Map(),
    sections: new Map(),
    fields: new Set(),
    messages: new Map(),
  };
  if (!isApiError(error) || error.status < 400 || error.status >= 500) return placed;
  const items =
    error.rows.length > 0
      ? error.rows.map((row) => ({ path: row.field, message: row.message }))
      : [{ path: error.field, message: error.message }];
  for (const { path, message } of items) {
    if (!message) continue;
    const place = problemPlace(path);
    const property = place.at === 'form' ? headerProperty(path) : '';
    placed.all.push({ place, property, message });
    if (place.at === 'form') append(placed.form, property, message);
    else if (place.at === 'section') append(placed.sections, place.section, message);
    else {
      const at = `${place.section}.${place.field}`;
      placed.fields.add(at);
      append(placed.messages, place.column === null ? at : `${at}.${place.column}`, message);
    }
  }
  return placed;
}

/** A refused definition answers its problems as rows: the designer lists them itself instead of the joined text. */
export const isDefinitionRefusal = (error: unknown): boolean =>
  isApiError(error, 422) && error.rows.length > 0;
