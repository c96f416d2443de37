/**
 * The rows of an incident file before their cells are read: a CSV with a header row or a JSON
 * array of objects, both giving for each row its source (file:line or file[index]) and a cell
 * per field, found through the header aliases of `incident-columns.ts`. Missing `class` or
 * `start` columns and malformed files are refused here, before any row is read.
 */
import { describeValue, type Issue, ValidationError } from "../../errors";
import { type CsvRecord, CsvSyntaxError, parseCsv } from "./csv-text";
import {
  COLUMN_ALIASES,
  type ColumnMap,
  exportFormat,
  type IncidentField,
  mapColumns,
} from "./incident-columns";

/** Thrown with every bad row of an incident file. */
export class IncidentFileError extends ValidationError {
  constructor(issues: readonly Issue[]) {
    super(issues);
    this.name = "IncidentFileError";
  }
}

/** One row: where it came from and its cell for each field (undefined: no such column). */
export interface RawRow {
  source: string;
  /** Set when the record is not an object at all (JSON). */
  notAnObject?: string;
  cell(field: IncidentField): string | undefined;
  header(field: IncidentField): string;
}

/** The rows of a file and how its columns were mapped. */
export interface IncidentRows {
  format: string;
  columns: Partial<Record<IncidentField, string>>;
  ignored: string[];
  rows: RawRow[];
}

function requireColumns(map: ColumnMap, headers: readonly string[], where: string): void {
  const issues: Issue[] = [];
  for (const field of ["class", "start"] as const) {
    if (map[field] === undefined) {
      issues.push({
        path: `${where}: header`,
        value:
          headers.length === 0 ? "no columns" : `columns ${headers.map((h) => JSON.stringify(h)).join(", ")}`,
        allowed: `a ${field} column named one of ${COLUMN_ALIASES[field].join(", ")} (case and punctuation ignored)`,
      });
    }
  }
  if (issues.length > 0) throw new IncidentFileError(issues);
}

function csvRows(text: string, name: string) {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new IncidentFileError([
        { path: `${name}:${error.line}`, value: "an unclosed quote", allowed: `CSV (${error.message})` },
      ]);
    }
    throw error;
  }
  const [head, ...body] = records;
  const headers = (head?.fields ?? []).map((h) => h.trim());
  const map = mapColumns(headers);
  requireColumns(map, headers, `${name}:${head?.line ?? 1}`);
  const used = new Set(Object.values(map).map((c) => c.index));
  const rows: RawRow[] = body.map((r) => ({
    source: `${name}:${r.line}`,
    cell: (field) => {
      const c = map[field];
      return c === undefined ? undefined : r.fields[c.index];
    },
    header: (field) => map[field]?.header ?? field,
  }));
  // A row with a different number of fields is almost always a broken quote or a stray comma.
  for (const r of body) {
    if (r.fields.length !== headers.length) {
      throw new IncidentFileError([
        {
          path: `${name}:${r.line}`,
          value: `${r.fields.length} fields`,
          allowed: `${headers.length} fields, as in the header (quote values that contain commas)`,
        },
      ]);
    }
  }
  return {
    format: exportFormat(headers),
    columns: Object.fromEntries(Object.entries(map).map(([f, c]) => [f, c.header])),
    ignored: headers.filter((_, i) => !used.has(i)),
    rows,
  };
}

function jsonRows(text: string, name: string) {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new IncidentFileError([
      {
        path: name,
        value: "text that is not JSON",
        allowed: `a JSON array of incident objects (${(error as Error).message})`,
      },
    ]);
  }
  if (!Array.isArray(data)) {
    throw new IncidentFileError([
      { path: name, value: describeValue(data), allowed: "a JSON array of incident objects" },
    ]);
  }
  const allKeys = new Set<string>();
  const rows: RawRow[] = data.map((item, i) => {
    const source = `${name}[${i}]`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      return { source, notAnObject: describeValue(item), cell: () => undefined, header: (f) => f };
    }
    const record = item as Record<string, unknown>;
    const keys = Object.keys(record);
    for (const k of keys) allKeys.add(k);
    const map = mapColumns(keys);
    return {
      source,
      cell: (field) => {
        const c = map[field];
        if (c === undefined) return undefined;
        const v = record[c.header];
        if (v === null || v === undefined) return "";
        if (typeof v === "string" || typeof v === "number") return String(v);
        return `\u0000${describeValue(v)}`;
      },
      header: (field) => map[field]?.header ?? field,
    };
  });
  const keys = [...allKeys];
  const map = mapColumns(keys);
  if (data.length > 0) requireColumns(map, keys, name);
  const used = new Set(Object.values(map).map((c) => c.header));
  return {
    format: "JSON incident list",
    columns: Object.fromEntries(Object.entries(map).map(([f, c]) => [f, c.header])),
    ignored: keys.filter((k) => !used.has(k)),
    rows,
  };
}

/** The rows of `text`: JSON when it starts with `[` or `{`, CSV otherwise. */
export function incidentRows(text: string, name: string): IncidentRows {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  return /^[[{]/.test(trimmed) ? jsonRows(trimmed, name) : csvRows(text, name);
}
