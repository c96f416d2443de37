/**
 * JUnit XML for CI test reports: one test suite per topology, one test case per objective.
 * A missed objective is a failure; an inconclusive one is a failure or a skip, by option (a gate
 * that must not pass on thin evidence keeps the default, "failure"). Provenance goes into
 * `<properties>`. No timestamps or host names, so equal results give identical files.
 */
import type { ExperimentResult, ObjectiveVerdict } from "@resilab/sim-core";
import { invalid } from "@resilab/sim-core";
import { verdictReading } from "../analysis";
import { escapeXml } from "../escape";
import { formatMetricValue, formatNumber } from "../format";
import { assertSchemaVersion } from "./json";

/** Options for {@link junitXml}. */
export interface JunitOptions {
  /** How an inconclusive verdict is reported: "failure" (default) or "skipped". */
  inconclusive?: "failure" | "skipped";
}

function attr(name: string, value: string | number): string {
  return ` ${name}="${escapeXml(value)}"`;
}

function explain(v: ObjectiveVerdict): string {
  const { interval: f, note } = verdictReading(v);
  const op = v.objective.op === "<=" ? "≤" : "≥";
  const target = `${op} ${formatMetricValue(v.objective.metric, v.objective.target)}`;
  const settle =
    v.verdict === "inconclusive" && v.replicationsNeeded !== null
      ? `; about ${formatNumber(v.replicationsNeeded)} replications would settle it`
      : "";
  if (f === null) return `${v.verdict}: ${note}, target ${target}${settle}`;
  return `${v.verdict}: estimate ${f.text}, target ${target}${note === null ? "" : `; ${note}`}${settle}`;
}

function testcase(v: ObjectiveVerdict, inconclusive: "failure" | "skipped"): string {
  const open = `    <testcase${attr("classname", `resilab.${v.topology}`)}${attr("name", v.name)}${attr("time", 0)}`;
  if (v.verdict === "met")
    return `${open}>\n      <system-out>${escapeXml(explain(v))}</system-out>\n    </testcase>\n`;
  const message = explain(v);
  if (v.verdict === "inconclusive" && inconclusive === "skipped") {
    return `${open}>\n      <skipped${attr("message", message)}/>\n    </testcase>\n`;
  }
  return `${open}>\n      <failure${attr("message", message)}${attr("type", v.verdict)}>${escapeXml(message)}</failure>\n    </testcase>\n`;
}

/** The verdicts as a JUnit XML document (UTF-8, ends with a newline). */
export function junitXml(result: ExperimentResult, options: JunitOptions = {}): string {
  assertSchemaVersion(result);
  const inconclusive = options.inconclusive ?? "failure";
  if (inconclusive !== "failure" && inconclusive !== "skipped") {
    invalid("inconclusive", inconclusive, '"failure" or "skipped"');
  }
  const isFailure = (v: ObjectiveVerdict) =>
    v.verdict === "missed" || (v.verdict === "inconclusive" && inconclusive === "failure");
  const isSkipped = (v: ObjectiveVerdict) => v.verdict === "inconclusive" && inconclusive === "skipped";
  const count = (list: ObjectiveVerdict[]) =>
    `${attr("tests", list.length)}${attr("failures", list.filter(isFailure).length)}${attr("errors", 0)}${attr("skipped", list.filter(isSkipped).length)}`;
  const properties = [
    ["resilab.version", result.tool.version],
    ["scenario.name", result.scenario.name],
    ["scenario.hash", result.scenario.hash],
    ["seed", String(result.seed)],
    ["replications", String(result.replications)],
    ["horizon.seconds", String(result.horizon)],
  ]
    .map(([k, v]) => `      <property${attr("name", k!)}${attr("value", v!)}/>\n`)
    .join("");
  const suites = result.topologies.map((t) => {
    const mine = result.verdicts.filter((v) => v.topology === t.topology);
    return (
      `  <testsuite${attr("name", `${result.scenario.name} / ${t.topology}`)}${count(mine)}${attr("time", 0)}>\n` +
      `    <properties>\n${properties}    </properties>\n` +
      mine.map((v) => testcase(v, inconclusive)).join("") +
      "  </testsuite>\n"
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites${attr("name", `resilab ${result.tool.version}: ${result.scenario.name} (scenario ${result.scenario.hash}, seed ${result.seed})`)}${count(result.verdicts)}${attr("time", 0)}>\n` +
    suites.join("") +
    "</testsuites>\n"
  );
}
