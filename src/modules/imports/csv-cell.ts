/** What Excel and LibreOffice read as the start of a formula in a CSV cell (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell of a CSV export, neutralised: one that would start a formula gets a leading `'`, so the spreadsheet
 * shows it as text and runs nothing. The import readers take the `'` off again (row-reader), so an export re-imports.
 */
export const csvCell = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** The cell an export neutralised, as it was ("'=1+1" → "=1+1"); any other cell unchanged. */
export const unneutralisedCell = (cell: string) =>
  cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
