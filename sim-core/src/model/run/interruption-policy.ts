/**
 * What happens to work interrupted by a failure: the scenario's explicit in-flight policy
 * (restart-from-scratch, resume-from-checkpoint, hold-until-return, fail-and-notify) with its
 * retry budget. Work lost is counted in executor-seconds against the incident that caused it.
 */
import type { Incident } from "../metrics/incidents";
import type { Executor } from "./executor-pool";
import { addWaiting, clearWaiting, type PipelineRun, type StageTask } from "./pipeline-run";
import type { WorkFlow } from "./work-flow";

/** Progress (µs) saved at the last checkpoint at or before `done` (checkpoints split the stage evenly). */
export function checkpointFloor(done: number, work: number, checkpoints: number): number {
  if (checkpoints <= 0 || work <= 0) return 0;
  const step = work / (checkpoints + 1);
  return Math.min(work, Math.floor(done / step + 1e-9) * step);
}

export class InterruptionPolicy {
  constructor(private readonly flow: WorkFlow) {}

  /**
   * The executor under `task` was lost at this instant. The task stops now; the pipeline learns of
   * it only after `detection` µs, when the policy is applied.
   */
  executorLost(ex: Executor, incident: Incident, detection: number): void {
    const task = ex.task;
    if (task === null) return;
    const { k } = this.flow.ctx;
    const p = task.pipeline;
    const reached = this.progressNow(task);
    this.flow.detach(task);
    task.state = "lost";
    this.touch(incident, p);
    incident.open();
    addWaiting(task, incident);
    const apply = () => {
      if (task.state === "lost") this.apply(task, reached, incident, ex);
    };
    if (detection > 0) k.schedule(detection, apply);
    else apply();
  }

  /** Progress (µs of work) the task has reached right now. */
  progressNow(task: StageTask): number {
    const p = task.pipeline;
    const base = p.progress[task.stage]!;
    if (task.state !== "running") return base;
    const done = (this.flow.ctx.k.now - task.segmentStart) / task.factor;
    return Math.min(p.work[task.stage]!, base + done);
  }

  touch(incident: Incident, p: PipelineRun): void {
    if (incident.touchPipeline(p.lastIncident, p.team)) p.lastIncident = incident.id;
  }

  /** Applies the policy to a task whose work stopped at `reached` µs of progress. */
  apply(task: StageTask, reached: number, incident: Incident, ex: Executor | null): void {
    const flow = this.flow;
    const p = task.pipeline;
    const topo = flow.ctx.topology;
    const stage = flow.plan.stages[task.stage]!;
    switch (topo.inFlight.policy) {
      case "fail-and-notify":
        incident.workLost += reached / 1e6;
        flow.finish(p, "failed-infrastructure");
        return;
      case "restart-from-scratch":
        this.restart(p, reached, incident);
        return;
      case "hold-until-return":
        if (ex !== null && !ex.pool.ephemeral && ex.up === false) {
          p.progress[task.stage] = reached;
          task.state = "held";
          ex.held.push(task);
          return;
        }
        if (ex !== null && !ex.pool.ephemeral) {
          // The agent is already back: continue where it was.
          p.progress[task.stage] = reached;
          flow.submit(task, true);
          return;
        }
        break; // a lost pod cannot come back: resume from the last checkpoint
      default:
        break;
    }
    const saved = checkpointFloor(reached, p.work[task.stage]!, stage.checkpoints);
    incident.workLost += (reached - saved) / 1e6;
    p.progress[task.stage] = saved;
    p.restarts++;
    if (p.restarts > topo.inFlight.retryBudget) {
      flow.finish(p, "failed-infrastructure");
      return;
    }
    task.attemptStart = flow.ctx.k.now;
    flow.submit(task, true);
  }

  /** Restart from scratch: every stage's work so far is redone. */
  restart(p: PipelineRun, reached: number, incident: Incident): void {
    const flow = this.flow;
    let lost = reached;
    for (let i = 0; i < p.work.length; i++) if (p.done[i] === 1) lost += p.work[i]!;
    incident.workLost += lost / 1e6;
    p.restarts++;
    if (p.restarts > flow.ctx.topology.inFlight.retryBudget) {
      flow.finish(p, "failed-infrastructure");
      return;
    }
    const waiting: Incident[] = [];
    for (const task of [...p.tasks]) {
      for (const w of task.waiting) waiting.push(w); // no push(...spread): unbounded lists overflow the stack
      clearWaiting(task);
      if (task.state === "running")
        incident.workLost += (this.progressNow(task) - p.progress[task.stage]!) / 1e6;
      flow.retire(task, "aborted");
    }
    flow.releaseReserved(p);
    p.reset(flow.plan);
    // The incidents resolve when the pipeline makes progress again: when its first stage runs.
    // The pipeline keeps its place: its roots go back at the head of their queues, as resumed
    // work does, not behind triggers that came after it. Last root first, so that roots sharing
    // a pool keep their order at its head.
    const roots = flow.plan.roots;
    for (let i = roots.length - 1; i >= 0; i--)
      flow.launch(p, roots[i]!, false, i === 0 ? waiting : null, true);
  }
}
