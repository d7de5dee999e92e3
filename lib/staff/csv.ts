// A tiny RFC 4180 writer: no CSV library is installed and the export needs
// only writing, never parsing.

export type CsvValue = string | number | boolean | null | undefined;

// Spreadsheet apps run a cell that starts with one of these as a formula, so a
// patient named "=HYPERLINK(…)" could attack the nurse who opens the export
// (OWASP "CSV injection"). A leading apostrophe makes it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;
// Quoted when a spreadsheet could split the field: a comma, a semicolon (the
// separator in many locales, e.g. "x;=cmd|…" would become a live formula
// cell), a tab, a quote, a line break, or spaces at either end.
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/** One field, quoted whenever it could be split into cells. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
