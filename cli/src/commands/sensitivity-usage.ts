/** The help page of `resilab sensitivity`. */
export const SENSITIVITY_USAGE = `Usage: resilab sensitivity <scenario> [options]
       resilab sensitivity --merge <shard files> [-o dir] [--json]

Which assumptions decide the verdicts: moves every parameter listed under the scenario's
assumptions: (or, if it lists none, every fault class's MTBF and MTTR and the platform
timings, each 0.5×–2×) and reports, for each objective and topology, the parameters that
move it most and those that would flip its verdict, and at what value. Every point runs
the same seeds (common random numbers). Writes sensitivity.json and sensitivity.html.

  <scenario>  a scenario YAML file, or the name of a library scenario

Options:
  --method <m>          tornado (default: each parameter at its low and high end, the
                        others at base) or morris (elementary effects: mu*, sigma)
  --params <n|list>     the first n parameters, or a comma-separated list of names/paths
  --trajectories <n>    Morris trajectories (default 10)
  --bisect <n>          bisection rounds per verdict flip (tornado; default 3; 0 = interpolate
                        between the tornado points)
  --replications <n>    replications per point (overrides the scenario's)
  --seed <n>, --horizon <duration>, --workers <n>
  --shard <i/n>         run only shard i of n of the study's runs and write a shard file;
                        combine with --merge (flips are then interpolated)
  --merge               the arguments are shard files: merge and summarize them
  -o, --out <dir>       output directory; default resilab-results/<scenario name>
  --json                print the result document (JSON) on stdout
  --dry-run             check the scenario and the assumptions, print the plan
  -q, --quiet           no progress output
  -h, --help            this help`;
