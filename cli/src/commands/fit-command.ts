/**
 * `fit`: fits each fault class's time to failure and time to repair to an incident history
 * (generic CSV, PagerDuty / Opsgenie / Jira CSV exports, or JSON) and writes the `faults:` YAML,
 * the fit as JSON and an HTML report with Q–Q plots. Bad rows are all listed (file:line, column,
 * value, what is allowed) and nothing is written (exit 2). See docs/fitting.md.
 */
import { basename } from "node:path";
import { renderFitHtml } from "@resilab/reports";
import { parseDuration } from "@resilab/scenarios";
import {
  FAULT_CLASS_NAMES,
  type FaultClassName,
  faultClassOf,
  faultsYaml,
  fitIncidents,
  hash64,
  type IncidentFit,
  parseTimestamp,
  readIncidents,
  TIMESTAMP_ALLOWED,
  ValidationError,
  yamlDuration,
} from "@resilab/sim-core";
import { parseVerbArgs, stringFlag } from "../args/parse";
import { VERB_USAGE } from "../args/usage";
import { EXIT, InputError, UsageError } from "../errors";
import { writeFilesAtomically } from "../io/atomic-write";
import type { CliIo } from "../io/cli-io";
import { readInputFile } from "../io/read-scenario";
import { TOOL_VERSION } from "../tool-version";
import { outputDir } from "./output-dir";

/** Largest incident file read (bytes): 64 MB is hundreds of thousands of incidents. */
export const MAX_INCIDENT_BYTES = 64 * 1024 * 1024;

const DURATION_ALLOWED = 'a duration such as "45m", "1h30m", "2d" or a number of seconds';

function timestampFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const seconds = parseTimestamp(value);
  if (seconds === undefined)
    throw new UsageError(`--${flag}: got ${JSON.stringify(value)}; allowed: ${TIMESTAMP_ALLOWED}`, "fit");
  return seconds;
}

function faultClassArg(text: string, flag: string, whole: string): FaultClassName {
  const cls = faultClassOf(text);
  if (cls === undefined) {
    throw new UsageError(
      `${flag} ${JSON.stringify(whole)}: ${JSON.stringify(text)} is not a fault class; allowed: ${FAULT_CLASS_NAMES.join(", ")}`,
      "fit",
    );
  }
  return cls;
}

/** `--class-map "Jenkins Prod=controller"` (repeatable): the export's names → fault classes. */
export function parseClassMap(values: readonly string[]): Map<string, FaultClassName> {
  const map = new Map<string, FaultClassName>();
  for (const v of values) {
    const at = v.lastIndexOf("=");
    if (at <= 0)
      throw new UsageError(
        `--class-map ${JSON.stringify(v)}: allowed: "<name in the file>=<fault class>"`,
        "fit",
      );
    map.set(v.slice(0, at).trim().toLowerCase(), faultClassArg(v.slice(at + 1).trim(), "--class-map", v));
  }
  return map;
}

/** `--components executor=20` (repeatable): components per class, including those that never failed. */
export function parseComponents(values: readonly string[]): Map<FaultClassName, number> {
  const map = new Map<FaultClassName, number>();
  for (const v of values) {
    const m = /^([^=]+)=(\d+)$/.exec(v.trim());
    if (m === null || Number(m[2]) < 1) {
      throw new UsageError(
        `--components ${JSON.stringify(v)}: allowed: "<fault class>=<count ≥ 1>", e.g. executor=20`,
        "fit",
      );
    }
    map.set(faultClassArg(m[1]!.trim(), "--components", v), Number(m[2]));
  }
  return map;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The plain-text summary printed on stdout: every row accounted for, per class. */
export function fitSummary(fit: IncidentFit): string {
  const lines = [`${fit.source}: ${fit.rows} rows (${fit.format})`];
  const columns = Object.entries(fit.columns).map(([field, header]) => `${field}=${JSON.stringify(header)}`);
  lines.push(
    `  columns: ${columns.join(", ")}${fit.ignoredColumns.length > 0 ? `; not used: ${fit.ignoredColumns.map((c) => JSON.stringify(c)).join(", ")}` : ""}`,
  );
  for (const c of fit.classes) {
    const h = c.history;
    const ttf = c.timeToFailure.chosen;
    const rep = c.repair.chosen;
    lines.push(
      `  ${c.cls}: ${h.rows} rows, ${h.rows - h.outsideWindow} used, ${h.outsideWindow} outside the window; ` +
        `time to failure ${c.timeToFailure.events}+${c.timeToFailure.censored} censored → ${ttf === null ? "not fitted" : `${ttf.family}, mean ${yamlDuration(ttf.mean.value)}`}; ` +
        `repair ${c.repair.events}+${c.repair.censored} censored → ${rep === null ? "not fitted" : `${rep.family}, mean ${yamlDuration(rep.mean.value)}`}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Runs `fit`; resolves with the exit code. */
export async function fitCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseVerbArgs(
    "fit",
    args,
    {
      out: { type: "string", short: "o" },
      "observation-start": { type: "string" },
      "observation-end": { type: "string" },
      "class-map": { type: "string", multiple: true },
      components: { type: "string", multiple: true },
      json: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
    },
    [1, 1],
  );
  if (parsed.values.help === true) {
    io.stdout(`${VERB_USAGE.fit}\n`);
    return EXIT.ok;
  }
  const file = parsed.positionals[0]!;
  const values = parsed.values as Record<string, unknown>;
  const windowStart = timestampFlag(stringFlag(parsed, "observation-start"), "observation-start");
  const windowEnd = timestampFlag(stringFlag(parsed, "observation-end"), "observation-end");
  const classMap = parseClassMap(list(values["class-map"]));
  const components = parseComponents(list(values.components));
  const text = readInputFile(file, io.cwd, MAX_INCIDENT_BYTES, "an incident CSV or JSON file");
  let fit: IncidentFit;
  try {
    const table = readIncidents(text, {
      name: file,
      parseDuration,
      durationAllowed: DURATION_ALLOWED,
      classMap,
    });
    fit = fitIncidents(file, table, {
      ...(windowStart === undefined ? {} : { windowStart }),
      ...(windowEnd === undefined ? {} : { windowEnd }),
      components,
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      const n = error.issues.length;
      throw new InputError(
        `${file}: ${n} problem${n === 1 ? "" : "s"}; nothing was fitted\n  ${error.message.split("\n").join("\n  ")}`,
      );
    }
    throw error;
  }
  const yaml = faultsYaml(fit);
  const json = `${JSON.stringify({ tool: { name: "resilab", version: TOOL_VERSION }, inputHash: hash64(text), fit }, null, 2)}\n`;
  const json_ = parsed.values.json === true;
  if (json_) io.stdout(json);
  else {
    io.stdout(fitSummary(fit));
    io.stdout(`\n${yaml}`);
  }
  const base = basename(file).replace(/\.(csv|json)$/i, "");
  const dir = outputDir(stringFlag(parsed, "out"), json_, `fit-${base}`, io.cwd);
  if (dir === null) return EXIT.ok;
  const html = renderFitHtml(fit, {
    tool: { name: "resilab", version: TOOL_VERSION },
    inputHash: hash64(text),
    yaml,
  });
  const written = writeFilesAtomically(
    dir,
    [
      { name: "faults.yaml", content: yaml },
      { name: "fit.json", content: json },
      { name: "fit-report.html", content: html },
    ],
    io.signal,
  );
  if (parsed.values.quiet !== true) io.stderr(`Wrote ${written.join(", ")}\n`);
  return EXIT.ok;
}
