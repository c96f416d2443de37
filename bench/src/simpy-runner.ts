import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ModelRun } from "./models/model-run";

/** Debian's interpreter, where python3-simpy3 installs SimPy. */
const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("../simpy/kernel_models.py", import.meta.url));

/** Undefined when SimPy can be imported; otherwise why not. */
export function simpyAvailable(): string | undefined {
  const r = spawnSync(PYTHON, ["-c", "import simpy; print(simpy.__version__)"], { encoding: "utf8" });
  if (r.error !== undefined) return `SimPy skipped: ${PYTHON} not found (${r.error.message})`;
  if (r.status !== 0)
    return `SimPy skipped: ${PYTHON} cannot import simpy (apt-get install -y python3-simpy3)`;
  return undefined;
}

/** Runs our SimPy version of `model` in its own Python process. */
export function runSimpy(model: string, o: { jobs: number; holdDelays: number; seed: string }): ModelRun {
  const args = [
    SCRIPT,
    "--model",
    model,
    "--jobs",
    String(o.jobs),
    "--hold-delays",
    String(o.holdDelays),
    "--seed",
    o.seed,
  ];
  const r = spawnSync(PYTHON, args, { encoding: "utf8", maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`SimPy ${model} failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ModelRun;
}
