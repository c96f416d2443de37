/**
 * Timestamps of incident exports, to seconds since 1970-01-01T00:00:00Z. Pure calendar
 * arithmetic (proleptic Gregorian), never `Date` or the machine's time zone, so a file reads the
 * same everywhere:
 *
 * - ISO 8601 / RFC 3339: `2026-03-04T05:06:07Z`, `2026-03-04 05:06:07.250+01:00`,
 *   `2026-03-04T05:06-0800`, `2026-03-04` (midnight); without an offset the time is UTC;
 * - Jira's default export form `04/Mar/26 5:06 AM` (UTC, as there is no offset);
 * - a plain number: seconds since the epoch, or milliseconds when it is above 1e11
 *   (1e11 seconds is the year 5138, so the two cannot be confused).
 */

/** What the error messages say a timestamp may look like. */
export const TIMESTAMP_ALLOWED =
  'an ISO 8601 time such as "2026-03-04T05:06:07Z" or "2026-03-04 05:06:07+01:00" (no offset = UTC), Jira\'s "04/Mar/26 5:06 AM", or epoch seconds (or milliseconds)';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;
const JIRA = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const EPOCH = /^\d+(?:\.\d+)?$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Days from 1970-01-01 to year-month-day (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month and day of a day count since 1970-01-01 (civil_from_days). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function utcSeconds(y: number, mo: number, d: number, h: number, mi: number, s: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 60) return undefined;
  return daysFromCivil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s;
}

function offsetSeconds(zone: string | undefined): number | undefined {
  if (zone === undefined || /^(z|utc)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m === null) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? "0");
  if (hours > 18 || minutes > 59) return undefined;
  return (m[1] === "-" ? -1 : 1) * (hours * 3600 + minutes * 60);
}

/** Seconds since the epoch, or undefined when `text` is not a timestamp. */
export function parseTimestamp(text: string): number | undefined {
  const t = text.trim();
  if (EPOCH.test(t)) {
    const n = Number(t);
    return n > 1e11 ? n / 1000 : n;
  }
  const iso = ISO.exec(t);
  if (iso !== null) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const base = utcSeconds(
      Number(y),
      Number(mo),
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(s ?? 0),
    );
    const offset = offsetSeconds(zone);
    if (base === undefined || offset === undefined) return undefined;
    return base - offset + (frac === undefined ? 0 : Number(`0.${frac}`));
  }
  const jira = JIRA.exec(t);
  if (jira !== null) {
    const [, d, mon, yy, h, mi, s, ampm] = jira;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    let hour = Number(h);
    if (ampm !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (ampm.toUpperCase() === "PM" ? 12 : 0);
    }
    const year = yy!.length === 2 ? 2000 + Number(yy) : Number(yy);
    if (month === 0) return undefined;
    return utcSeconds(year, month, Number(d), hour, Number(mi), Number(s ?? 0));
  }
  return undefined;
}

/** Seconds since the epoch as an ISO 8601 UTC string (whole seconds unless fractional). */
export function formatTimestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const dayMs = 86_400_000;
  const days = Math.floor(ms / dayMs);
  const rest = ms - days * dayMs;
  const [y, m, d] = civilFromDays(days);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const time = `${pad(Math.floor(rest / 3_600_000))}:${pad(Math.floor(rest / 60_000) % 60)}:${pad(Math.floor(rest / 1000) % 60)}`;
  const fraction = rest % 1000 === 0 ? "" : `.${pad(rest % 1000, 3)}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${time}${fraction}Z`;
}
