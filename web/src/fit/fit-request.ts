/**
 * One fit of an incident file, as the fit worker runs it: read the rows (every bad cell listed),
 * fit each class, and write the `faults:` YAML — the same calls, in the same order, as
 * `resilab fit` (cli/src/commands/fit-command.ts), so the lab and the CLI give the same block.
 * Pure: no DOM, no worker API; the reply is plain data that crosses `postMessage`.
 */
import { MAX_SCENARIO_BYTES, parseDuration } from "@resilab/scenarios";
import {
  faultsYaml,
  fitIncidents,
  type IncidentFit,
  type Issue,
  readIncidents,
  ValidationError,
} from "@resilab/sim-core";
import type { FitOptions } from "./fit-options";

/**
 * Largest incident file the lab reads (bytes): the limit of every file the lab opens, the
 * scenario loader's 5 MB (docs/scenario-format.md). The CLI reads up to 64 MB; in the browser a
 * 5 MB export (some 60 000 incidents) already takes about a minute to fit.
 */
export const MAX_INCIDENT_FILE_BYTES = MAX_SCENARIO_BYTES;

/** What the CLI says a duration cell may look like (the same words, so messages match). */
const DURATION_ALLOWED = 'a duration such as "45m", "1h30m", "2d" or a number of seconds';

/** A request to fit `text` (the file's contents) named `name`. */
export interface FitRequest {
  id: number;
  name: string;
  text: string;
  options: FitOptions;
}

/** The answer: the fit and its YAML, the file's problems, or a defect. */
export type FitReply =
  | { id: number; kind: "fitted"; fit: IncidentFit; yaml: string }
  | { id: number; kind: "invalid"; issues: Issue[] }
  | { id: number; kind: "failed"; message: string };

/** Runs one fit; never throws (a defect becomes a `failed` reply with its message). */
export function runFit(request: FitRequest): FitReply {
  const { id, name, text, options } = request;
  if (text.length > MAX_INCIDENT_FILE_BYTES) {
    return {
      id,
      kind: "invalid",
      issues: [
        { path: name, value: `${text.length} characters`, allowed: "an incident file of at most 5 MB" },
      ],
    };
  }
  try {
    const table = readIncidents(text, {
      name,
      parseDuration,
      durationAllowed: DURATION_ALLOWED,
      classMap: new Map(options.classMap),
    });
    const fit = fitIncidents(name, table, {
      ...(options.windowStart === undefined ? {} : { windowStart: options.windowStart }),
      ...(options.windowEnd === undefined ? {} : { windowEnd: options.windowEnd }),
      components: new Map(options.components),
    });
    return { id, kind: "fitted", fit, yaml: faultsYaml(fit) };
  } catch (error) {
    if (error instanceof ValidationError) return { id, kind: "invalid", issues: [...error.issues] };
    return { id, kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}
