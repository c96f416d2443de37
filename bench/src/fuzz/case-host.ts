/**
 * Runs fuzz cases with a wall-clock budget and a memory cap: each case goes to a worker thread
 * (tsx-loaded TypeScript, as the CLI's workers); a case that exceeds its budget, or makes the
 * thread run out of memory, is a failure, and the thread is replaced. `inProcess` runs cases in
 * this thread instead (stack traces in a debugger, no budget).
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { type CaseOptions, type CaseOutcome, checkCase, type FuzzCase } from "./fuzz-case";

export interface HostOptions {
  /** Wall-clock budget of one case (ms); default 10,000. */
  budgetMs?: number;
  /** Heap cap of the worker thread (MB); default 1,024. */
  memoryMb?: number;
  /** Check cases in this thread (no budget, no memory cap). */
  inProcess?: boolean;
  caseOptions?: CaseOptions;
}

/** A checked case and how long it took. */
export interface HostedOutcome extends CaseOutcome {
  ms: number;
}

/** Extra time for a fresh thread to load the TypeScript sources through tsx (ms). */
const STARTUP_MS = 30_000;

const WORKER_FILE = new URL("./case-worker.ts", import.meta.url);

/** tsx's ESM API, resolved from here so any working directory works. */
function tsxApi(): string {
  // require() resolves the CommonJS build; the ES module sits beside it.
  const cjs = createRequire(import.meta.url).resolve("tsx/esm/api");
  return pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
}

function failed(check: string, message: string, ms: number): HostedOutcome {
  return {
    loaded: false,
    failures: [{ check, message }],
    runs: 0,
    events: 0,
    resultBytes: 0,
    tooHeavy: false,
    ms,
  };
}

export class CaseHost {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly budgetMs: number;
  private readonly memoryMb: number;

  constructor(private readonly options: HostOptions = {}) {
    this.budgetMs = options.budgetMs ?? 10_000;
    this.memoryMb = options.memoryMb ?? 1024;
  }

  private spawn(): Worker {
    // The entry registers tsx's hooks in the thread, then imports the TypeScript module (with
    // `--import tsx` in execArgv, Node 20 resolves the worker's first import before the hooks exist).
    const entry = `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_FILE.href)}); });`;
    const worker = new Worker(entry, {
      eval: true,
      execArgv: ["--conditions=@resilab/source"],
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
      stderr: false,
    });
    worker.unref();
    return worker;
  }

  /** Checks one case; resolves with its outcome (budget and memory failures included). */
  async run(fuzzCase: FuzzCase): Promise<HostedOutcome> {
    const caseOptions = this.options.caseOptions ?? {};
    if (this.options.inProcess) {
      const started = performance.now();
      const outcome = checkCase(fuzzCase, caseOptions);
      return { ...outcome, ms: performance.now() - started };
    }
    const fresh = this.worker === null;
    this.worker ??= this.spawn();
    const worker = this.worker;
    const id = this.nextId++;
    const started = performance.now();
    return new Promise<HostedOutcome>((resolve) => {
      let settled = false;
      const finish = (outcome: HostedOutcome, replace: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (replace) {
          this.worker = null;
          // A thread given up on (over its budget) can still die of its heap cap on the way out:
          // that error belongs to the case already reported, not to the campaign.
          worker.on("error", () => {});
          void worker.terminate();
        }
        resolve(outcome);
      };
      const onMessage = (reply: { id: number; outcome: CaseOutcome; ms: number }) => {
        if (reply.id === id) finish({ ...reply.outcome, ms: reply.ms }, false);
      };
      const onError = (error: Error & { code?: string }) => {
        const ms = performance.now() - started;
        const check =
          error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory bounded (worker heap cap)" : "worker crashed";
        finish(failed(check, `${error.name}: ${error.message.split("\n")[0]}`, ms), true);
      };
      const onExit = (code: number) =>
        finish(failed("worker crashed", `exit ${code}`, performance.now() - started), true);
      // The budget starts when the case is sent; a fresh thread's start-up (tsx) gets extra time.
      const budget = this.budgetMs + (fresh ? STARTUP_MS : 0);
      const timer = setTimeout(
        () =>
          finish(
            failed("time bounded (per-case wall budget)", `no answer within ${budget} ms`, budget),
            true,
          ),
        budget,
      );
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id, fuzzCase, options: caseOptions });
    });
  }

  /** Stops the worker thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker !== null) await worker.terminate();
  }
}
