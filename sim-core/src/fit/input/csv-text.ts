/**
 * A small RFC 4180 CSV reader: comma-separated fields, double-quoted fields may hold commas,
 * quotes (doubled) and line breaks; CRLF or LF line ends; a leading byte-order mark is skipped.
 * Each record keeps the line number it starts on, so errors can point at it.
 */

/** One record: its first line (1-based) and its fields. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Thrown for text that is not CSV (an unterminated quote); `line` is where the field began. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = "CsvSyntaxError";
    this.line = line;
  }
}

/** Parses `text`; blank lines are skipped (they are not records). */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = "";
  let recordLine = 1;
  let sawAnything = false;
  const endRecord = () => {
    fields.push(field);
    if (sawAnything || fields.length > 1) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    sawAnything = false;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === "") {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvSyntaxError(quoteLine, "a quoted field is never closed");
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === "\n") line++;
        field += c;
        i++;
      }
      sawAnything = true;
      continue;
    }
    if (ch === ",") {
      fields.push(field);
      field = "";
      sawAnything = true;
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    if (ch.trim() !== "") sawAnything = true;
    i++;
  }
  if (field !== "" || fields.length > 0 || sawAnything) endRecord();
  return records;
}
