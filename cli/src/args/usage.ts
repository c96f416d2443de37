/** Hand-written usage texts: the top-level overview and one page per verb. */

const RUN_FLAGS_TEXT = `  --seed <n>            base seed (overrides the scenario's)
  --replications <n>    replications per topology (overrides the scenario's)
  --horizon <duration>  simulated time per replication, e.g. 7d, 12h (overrides)
  --workers <n>         worker threads; default: the number of cores
  --shard <i/n>         run only shard i of n of the tasks and write a shard file
                        (combine shards with "resilab merge")
  -o, --out <dir>       output directory; default resilab-results/<scenario name>
                        (without --out, --json writes no files)
  --json                print the result document (JSON) on stdout
  --dry-run             load and check the scenario, print the plan, run nothing
  -q, --quiet           no progress output
  -h, --help            this help`;

const SCENARIO_ARG = `<scenario>  a scenario YAML file, or the name of a library scenario
             (e.g. default-comparison; see scenarios/library/)`;

/** The overview printed by `resilab --help` and for an unknown verb. */
export const MAIN_USAGE = `resilab — deterministic simulation of HA designs for CI/CD platforms

Usage: resilab <command> [options]

Commands:
  run <scenario>        run a scenario's topologies and report the service level
  compare <scenario>    compare topologies on the same workload and faults (paired differences)
  sweep <scenario>      sweep one parameter (--param, --values) and find the cheapest design
  check <scenario>      SLO gate for CI: exit 0 if all objectives are met, 1 if not;
                        --baseline <check.json> also gates on significant regressions
  validate              check the simulator against closed-form results (oracles)
  merge <shard files>   combine the shard files of a sharded run into one result
  report <result.json>  render a result as HTML and Markdown
  schema                print the JSON Schema of the scenario format
  sensitivity <scenario>  which assumptions decide the verdicts: tornado or Morris over
                        the scenario's assumptions:, with the value where each verdict flips
  fit <incidents>       fit fault distributions (time to failure, repair) to an incident
                        history (CSV or JSON) and write a faults: YAML block

Run "resilab <command> --help" for a command's options.
Exit codes: 0 ok, 1 objective missed or significant regression (check), 2 bad input
or usage, 130 interrupted.

Outputs (--out <dir>): result.json, runs.jsonl, incidents.jsonl, pipelines.jsonl,
summary.csv, durations.csv (outages and interruption recoveries per failure class),
summary.md, junit.xml, report.html; check adds check.json. Every output carries the
tool version, the scenario hash and the seed.`;

/** One usage page per verb. */
export const VERB_USAGE: Readonly<Record<string, string>> = {
  run: `Usage: resilab run <scenario> [options]

Runs every topology of the scenario for its replications and prints the service-level
verdicts with confidence intervals.

  ${SCENARIO_ARG}

Options:
  --uncertainty         draw the scenario's assumptions (or a default set, 0.5×–2×) in an
                        outer loop; intervals include parameter uncertainty (docs/sensitivity.md)
  --draws <n>           parameter draws for --uncertainty (default 20)
${RUN_FLAGS_TEXT}`,

  compare: `Usage: resilab compare <scenario> [options]

Runs the topologies on common random numbers (the same commits, the same failures) and
prints paired differences with 95 % intervals.

  ${SCENARIO_ARG}

Options:
  --presets <list>      add these presets as topologies: a comma-separated list of
                        single, active-passive, active-active, resilient-decoupled,
                        cloud-native, or "all"
  --uncertainty         draw the scenario's assumptions (or a default set, 0.5×–2×) in an
                        outer loop; intervals include parameter uncertainty (docs/sensitivity.md)
  --draws <n>           parameter draws for --uncertainty (default 20)
${RUN_FLAGS_TEXT}`,

  sweep: `Usage: resilab sweep <scenario> --param <path> --values <list> [options]

Runs the scenario at each value of one parameter and reports the cheapest
(topology, value) whose objectives are all met.

  ${SCENARIO_ARG}

Options:
  --param <path>        dotted path into the scenario, e.g.
                        faults.controller.mttr or topologies.0.overrides.controllers.count
  --values <list>       comma-separated values in the field's unit or human form:
                        5m,10m,30m · 0.9,0.95,99% · 2/h,6/h · or an integer range 1..8
${RUN_FLAGS_TEXT}`,

  check: `Usage: resilab check <scenario> [options]

Runs the scenario and gates on its service level: exit 0 when every objective is met
for every topology, 1 when one is missed. Writes junit.xml, summary.md and check.json
(keep check.json: it is the next run's --baseline).

With --baseline, also compares every objective and topology with an earlier run and
exits 1 on a significant regression: a one-sided paired t-test when both runs share
their random environment (seed, horizon, warm-up, workload, faults: common random
numbers, replications paired by index), Welch's t-test otherwise, with Holm-Bonferroni
over all objective x topology pairs (familywise error rate <= --alpha).
See docs/regression-gates.md.

  ${SCENARIO_ARG}

Options:
  --inconclusive <fail|pass>  how to treat an objective whose interval straddles its
                              target (default: fail)
  --baseline <file>     check.json (or result.json) of an earlier run to compare with
  --alpha <p>           familywise error rate of the regression test (default 0.01)
  --regression <fail|warn>  whether a significant regression fails the gate (default
                        fail) or is only reported
${RUN_FLAGS_TEXT}`,

  validate: `Usage: resilab validate [options]

Runs the simulator against closed-form results (availability of repairable units,
active-passive with coverage, k-of-n, Erlang C, M/M/c/K, transfer lines, restart vs
resume, retries, Little's law) and prints each check with its interval.
Exit 0 when every check passes, 1 otherwise.

Options:
  --profile <quick|full>  quick: seconds, for smoke tests; full (default): tighter intervals
  --workers <n>         worker threads; default: the number of cores
  --json                print the checks as JSON on stdout
  -q, --quiet           no progress output
  -h, --help            this help`,

  merge: `Usage: resilab merge <shard files…> [options]

Combines the shard files written by "--shard i/n" into the result an unsharded run gives,
byte for byte. Every shard of the same run must be present exactly once.

Options:
  -o, --out <dir>       output directory; default resilab-results/<scenario name>
  --json                print the result document on stdout (no files without --out)
  -h, --help            this help`,

  report: `Usage: resilab report <result.json> [options]

Renders an existing result document as a self-contained HTML report and Markdown.

Options:
  -o, --out <dir>       output directory; default: the result file's directory
  -h, --help            this help`,

  fit: `Usage: resilab fit <incidents.csv|json> [options]

Fits each fault class's time to failure and time to repair (exponential, Weibull,
lognormal, gamma; maximum likelihood with right-censoring, chosen by AIC) and prints a
faults: YAML block for a scenario, with the fit quality and 95 % parameter intervals as
comments. Reads the generic incident CSV (class, component, start, end or duration, mode,
cause), PagerDuty, Opsgenie and Jira CSV exports, or a JSON array. See docs/fitting.md.

Options:
  --observation-start <time>  start of the export period (default: the first incident)
  --observation-end <time>    end of the export period (default: the last start or end);
                        times are ISO 8601 (no offset = UTC) or epoch seconds
  --class-map <name=class>    map a name in the file (e.g. a PagerDuty service) to a
                        fault class; repeatable
  --components <class=n>      components of a class, counting those that never failed
                        in the window; repeatable
  -o, --out <dir>       output directory; default resilab-results/fit-<file name>
                        (faults.yaml, fit.json, fit-report.html)
  --json                print the fit as JSON on stdout (no files without --out)
  -q, --quiet           do not list the files written
  -h, --help            this help`,

  schema: `Usage: resilab schema

Prints the JSON Schema (draft 2020-12) of the scenario format. Point your editor at it
with a first line such as:
  # yaml-language-server: $schema=../schema.json

Options:
  -h, --help            this help`,
};
