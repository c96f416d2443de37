/**
 * Which column of an incident export means what. Header names are compared case-insensitively
 * and ignoring spaces and punctuation (`Created On`, `created_on` and `createdOn` are the same).
 * The aliases cover the documented generic format and the CSV exports of common incident tools:
 * PagerDuty's incident export (`service_name`, `created_on`, `resolved_on`, `seconds_to_resolve`,
 * `description`, `incident_number`), Opsgenie's alert fields (`entity`, `createdAt`, `closedAt`,
 * `message`, `tinyId`) and Jira's issue export (`Component/s`, `Created`, `Resolved`, `Summary`,
 * `Issue key`). When several aliases of one field are present, the earliest in the list wins.
 */

/** The fields of an incident record. */
export const INCIDENT_FIELDS = [
  "class",
  "component",
  "start",
  "end",
  "duration",
  "mode",
  "cause",
  "id",
] as const;
export type IncidentField = (typeof INCIDENT_FIELDS)[number];

/** Normalised header aliases per field, in priority order. */
export const COLUMN_ALIASES: Readonly<Record<IncidentField, readonly string[]>> = {
  class: [
    "class",
    "componentclass",
    "faultclass",
    "failureclass",
    "servicename",
    "service",
    "components",
    "entity",
  ],
  component: ["component", "componentid", "instance", "host", "hostname"],
  start: [
    "start",
    "started",
    "startedat",
    "starttime",
    "createdon",
    "createdat",
    "created",
    "triggeredat",
    "openedat",
    "opened",
  ],
  end: [
    "end",
    "ended",
    "endedat",
    "endtime",
    "resolvedon",
    "resolvedat",
    "resolved",
    "closedat",
    "closed",
    "resolutiondate",
    "recoveredat",
  ],
  duration: ["duration", "secondstoresolve", "timetoresolve", "downtime"],
  mode: ["mode", "failuremode"],
  cause: ["cause", "rootcause", "description", "summary", "message", "title"],
  id: ["id", "incidentid", "incidentnumber", "issuekey", "key", "tinyid", "number"],
};

/** A header name as compared: lower case, letters and digits only. */
export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The column index (or JSON key) used for each field, and the header as written. */
export type ColumnMap = Partial<Record<IncidentField, { index: number; header: string }>>;

/** Maps header names to fields; headers that match no alias are ignored (and listed by the caller). */
export function mapColumns(headers: readonly string[]): ColumnMap {
  const normalised = headers.map(normaliseHeader);
  const map: ColumnMap = {};
  for (const field of INCIDENT_FIELDS) {
    for (const alias of COLUMN_ALIASES[field]) {
      const index = normalised.indexOf(alias);
      if (index >= 0) {
        map[field] = { index, header: headers[index]! };
        break;
      }
    }
  }
  return map;
}

/** A guess at the tool that wrote the export, from its characteristic columns (for the summary only). */
export function exportFormat(headers: readonly string[]): string {
  const set = new Set(headers.map(normaliseHeader));
  if (set.has("createdon") && (set.has("resolvedon") || set.has("servicename")))
    return "PagerDuty incidents export";
  if (set.has("tinyid") || (set.has("createdat") && set.has("entity"))) return "Opsgenie alerts export";
  if (set.has("issuekey") || set.has("components")) return "Jira issues export";
  return "generic incident CSV";
}
