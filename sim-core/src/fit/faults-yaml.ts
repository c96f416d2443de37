/**
 * The fit as a `faults:` block of the scenario format (docs/scenario-format.md): per class the
 * chosen distributions (`mtbf`/`mttr` are their means; `timeToFailure`/`repair` are written only
 * when the choice is not the default exponential), the failure-mode mix (fractions of the
 * incidents that state a mode), and as comments the sample sizes, the fit quality of every candidate and the 95 %
 * intervals of the parameters. A class with too little data to fit is written commented out,
 * with the reason. Numbers keep 4 significant digits (5 for a lognormal's mu, in log-seconds):
 * far inside any interval a history of incidents can give.
 */
import type { ClassFit, IncidentFit } from "./fit-incidents";
import { formatTimestamp } from "./input/timestamps";
import type { ParameterEstimate } from "./maximum-likelihood";
import type { RankedCandidate, SampleFit } from "./select-candidate";

const UNITS: readonly [string, number][] = [
  ["d", 86_400],
  ["h", 3600],
  ["m", 60],
  ["s", 1],
];

function significant(value: number, digits: number): string {
  return String(Number(value.toPrecision(digits)));
}

/** Seconds as a duration of the scenario format in a unit that suits its size, e.g. "9.412d". */
export function yamlDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return String(seconds);
  if (seconds < 1) return `${significant(seconds * 1000, 4)}ms`;
  for (const [unit, size] of UNITS) {
    if (seconds >= 2 * size || unit === "s") return `${significant(seconds / size, 4)}${unit}`;
  }
  return `${seconds}s`;
}

/** Text from the input that goes into a comment: one line, no control characters. */
function commentSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, "?").slice(0, 200);
}

function interval(p: ParameterEstimate, isDuration: boolean, digits = 4): string {
  const f = (v: number) => (isDuration ? yamlDuration(v) : significant(v, digits));
  const ci =
    p.lower === null || p.upper === null ? "interval not estimable" : `95% CI ${f(p.lower)} to ${f(p.upper)}`;
  return `${p.name} ${f(p.value)} (${ci})`;
}

const DURATION_PARAMETERS = new Set(["mean", "scale"]);

function parameterText(c: RankedCandidate): string {
  return c.parameters
    .map((p) => interval(p, DURATION_PARAMETERS.has(p.name), p.name === "mu" ? 5 : 4))
    .join(", ");
}

/** The distribution in the scenario format's inline syntax. */
export function yamlDistribution(c: RankedCandidate): string {
  const v = Object.fromEntries(c.parameters.map((p) => [p.name, p.value]));
  if (c.family === "exponential") return `{ exponential: ${yamlDuration(v.mean!)} }`;
  if (c.family === "lognormal")
    return `{ lognormal: { mu: ${significant(v.mu!, 5)}, sigma: ${significant(v.sigma!, 4)} } }`;
  return `{ ${c.family}: { shape: ${significant(v.shape!, 4)}, scale: ${yamlDuration(v.scale!)} } }`;
}

function sampleComments(label: string, s: SampleFit, indent: string): string[] {
  const lines = [
    `${indent}# ${label}: ${s.events} observed, ${s.censored} censored, exposure ${yamlDuration(s.exposure)}`,
  ];
  if (s.chosen === null) return lines;
  const c = s.chosen;
  lines.push(`${indent}#   chosen ${c.family}: ${parameterText(c)}`);
  if (c.family !== "exponential")
    lines.push(`${indent}#   mean ${interval(c.mean, true).replace(/^mean /, "")}`);
  const table = [...s.candidates]
    .sort((a, b) => a.aic - b.aic)
    .map(
      (x) =>
        `${x.family} AIC ${x.aic.toFixed(1)} (Δ ${x.deltaAic.toFixed(1)}, KS ${x.ks.toFixed(3)}${x.converged ? "" : ", optimiser did not converge"})`,
    );
  lines.push(`${indent}#   candidates: ${table.join("; ")}`);
  for (const f of s.failures) lines.push(`${indent}#   ${f.family} not fitted: ${f.reason}`);
  return lines;
}

function classBlock(c: ClassFit): string[] {
  const h = c.history;
  const ttf = c.timeToFailure.chosen;
  const rep = c.repair.chosen;
  const head = `    # ${h.rows} incident${h.rows === 1 ? "" : "s"} (${h.rows - h.outsideWindow} in the window, ${h.outsideWindow} outside), ${h.components} component${h.components === 1 ? "" : "s"}, ${h.open} open at the window end`;
  const comments = [
    head,
    ...sampleComments("time to failure (return to service -> next failure)", c.timeToFailure, "    "),
    ...sampleComments("time to repair", c.repair, "    "),
  ];
  if (ttf === null || rep === null) {
    const why = [
      ttf === null ? `time to failure: ${c.timeToFailure.failures[0]?.reason ?? "no data"}` : "",
      rep === null ? `repair: ${c.repair.failures[0]?.reason ?? "no data"}` : "",
    ]
      .filter((s) => s !== "")
      .join("; ");
    return [`  # ${c.cls}: not fitted (${why}); set it by hand or give a longer history`, ...comments];
  }
  const lines = [`  ${c.cls}:`, ...comments, `    mtbf: ${yamlDuration(ttf.mean.value)}`];
  if (ttf.family !== "exponential") lines.push(`    timeToFailure: ${yamlDistribution(ttf)}`);
  lines.push(`    mttr: ${yamlDuration(rep.mean.value)}`);
  if (rep.family !== "exponential") lines.push(`    repair: ${yamlDistribution(rep)}`);
  const stated = h.modes.crash + h.modes.hang + h.modes.slow;
  if (stated > 0) {
    const share = (n: number) => significant(n / stated, 4);
    lines.push(
      `    # failure modes: crash ${h.modes.crash}, hang ${h.modes.hang}, slow ${h.modes.slow} incidents (${h.modeUnstated} without a mode)`,
    );
    lines.push(
      `    modes: { crash: ${share(h.modes.crash)}, hang: ${share(h.modes.hang)}, slow: ${share(h.modes.slow)} }`,
    );
  }
  return lines;
}

/** The `faults:` block (ends with a newline). */
export function faultsYaml(fit: IncidentFit): string {
  const window = `${formatTimestamp(fit.window.start)} to ${formatTimestamp(fit.window.end)}`;
  const defaulted = [fit.windowDefaulted.start ? "start" : "", fit.windowDefaulted.end ? "end" : ""].filter(
    Boolean,
  );
  const lines = [
    `# Fitted by resilab fit from ${commentSafe(fit.source)} (${fit.format}, ${fit.rows} rows).`,
    `# Observation window ${window}${defaulted.length > 0 ? ` (${defaulted.join(" and ")} taken from the data; pass --observation-start/--observation-end for the real export period)` : ""}.`,
    "# Maximum likelihood with right-censoring; chosen by AIC (the simplest within 2 of the best).",
    "# Intervals: 95 % Wald intervals from the observed Fisher information. KS: Kolmogorov-Smirnov",
    "# distance to the Kaplan-Meier estimate. mtbf and mttr are the means of the chosen distributions.",
    "faults:",
  ];
  if (fit.classes.length === 0) lines.push("  {}");
  const classes = fit.classes.flatMap(classBlock);
  // Every class commented out would leave `faults:` null: the scenario format wants a mapping.
  if (fit.classes.length > 0 && classes.every((l) => l.startsWith("  #") || l.startsWith("    #"))) {
    lines[lines.length - 1] = "faults: {}";
  }
  lines.push(...classes);
  return `${lines.join("\n")}\n`;
}
