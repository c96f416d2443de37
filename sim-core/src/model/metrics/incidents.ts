/**
 * Incidents: each failure is a first-class record — what failed, when, how it was noticed, what
 * it touched and when things were whole again. An incident has two kinds of impact items:
 * *service* items (a shard that cannot serve because of it) and *work* items (a stage it
 * interrupted, waiting to run again). It is over when both reach zero. The interruption recovery
 * of an incident that interrupted work runs from the failure to the moment the last interrupted
 * stage runs again; if any of its work was abandoned instead (the pipeline failed or was lost),
 * the interruption never recovered. Service outages are measured per shard in `outages.ts`.
 * Finished incidents are folded into bounded summaries; only the first `INCIDENT_SAMPLE_LIMIT`
 * are kept in full for timelines.
 */
import type { IncidentRecord } from "../result-types";
import { ClassCollectors } from "./censored-collector";
import { SummaryCollector } from "./summary-collector";

/** Incidents kept in full per run (for timelines); the rest only count in the summaries. */
export const INCIDENT_SAMPLE_LIMIT = 200;

export type ComponentClass = IncidentRecord["componentClass"];

export class Incident {
  detectedAt: number | null = null;
  private serviceItems = 0;
  private workItems = 0;
  /** Did it interrupt work, and was any of that work abandoned (never ran again)? */
  everInterrupted = false;
  abandoned = false;
  /** When the last interrupted stage ran again (µs), -1 while some still wait. */
  workBackAt = -1;
  recoveredAt: number | null = null;
  blastPipelines = 0;
  readonly teams = new Set<number>();
  workLost = 0;
  serviceImpact = false;

  constructor(
    readonly id: number,
    private readonly log: IncidentLog,
    readonly component: string,
    readonly componentClass: ComponentClass,
    readonly mode: IncidentRecord["mode"],
    readonly cause: IncidentRecord["cause"],
    readonly at: number,
  ) {}

  detect(now: number): void {
    if (this.detectedAt === null) this.detectedAt = now;
  }

  /** A stage it interrupted: `resolve` when that stage runs again, `abandon` if it never will. */
  open(): void {
    this.workItems++;
    this.everInterrupted = true;
    this.workBackAt = -1;
  }

  /** An interrupted stage runs again. */
  resolve(now: number): void {
    if (this.workItems <= 0) return;
    if (--this.workItems === 0) {
      this.workBackAt = now;
      if (this.serviceItems === 0) this.close(now);
    }
  }

  /** An interrupted stage will never run again (its pipeline failed or was lost). */
  abandon(now: number): void {
    if (this.workItems <= 0) return;
    this.abandoned = true;
    this.resolve(now);
  }

  /** A shard it took down; `resolveService` when the shard serves again. */
  openService(): void {
    this.serviceItems++;
    this.serviceImpact = true;
  }

  resolveService(now: number): void {
    if (this.serviceItems <= 0) return;
    if (--this.serviceItems === 0 && this.workItems === 0) this.close(now);
  }

  /** Items still open (service + work). */
  get openItems(): number {
    return this.serviceItems + this.workItems;
  }

  /** Called by the component when the failure itself is over (repair done). */
  end(now: number): void {
    if (this.openItems === 0) this.close(now);
  }

  touchPipeline(pipelineLastIncident: number, team: number): boolean {
    this.teams.add(team);
    if (pipelineLastIncident === this.id) return false;
    this.blastPipelines++;
    return true;
  }

  private close(now: number): void {
    if (this.recoveredAt !== null) return;
    this.recoveredAt = now;
    this.log.finish(this);
  }

  get impacted(): boolean {
    return this.everInterrupted || this.serviceImpact;
  }
}

export class IncidentLog {
  private nextId = 1;
  /** Interruption recovery per incident that interrupted work, overall and per class. */
  readonly interruptions = new ClassCollectors();
  readonly detection = new SummaryCollector();
  readonly sample: IncidentRecord[] = [];
  readonly byClass: Record<string, number> = {};
  count = 0;
  workLost = 0;
  private blastTeams = 0;
  private blastPipelines = 0;
  private impactedCount = 0;
  private readonly open = new Set<Incident>();

  constructor(
    private readonly warmup: number,
    private readonly horizon: number,
  ) {}

  start(
    component: string,
    cls: ComponentClass,
    mode: IncidentRecord["mode"],
    cause: IncidentRecord["cause"],
    at: number,
  ): Incident {
    const incident = new Incident(this.nextId++, this, component, cls, mode, cause, at);
    this.open.add(incident);
    return incident;
  }

  finish(incident: Incident): void {
    this.open.delete(incident);
    this.record(incident);
  }

  private record(incident: Incident): void {
    if (incident.at < this.warmup) return;
    this.count++;
    this.byClass[incident.componentClass] = (this.byClass[incident.componentClass] ?? 0) + 1;
    this.workLost += incident.workLost;
    const detection = incident.detectedAt === null ? null : (incident.detectedAt - incident.at) / 1e6;
    const recovery = incident.recoveredAt === null ? null : (incident.recoveredAt - incident.at) / 1e6;
    if (incident.impacted) {
      this.impactedCount++;
      this.blastTeams += incident.teams.size;
      this.blastPipelines += incident.blastPipelines;
      if (detection !== null) this.detection.add(detection);
    }
    if (incident.everInterrupted) {
      const cls = incident.componentClass;
      if (incident.abandoned) this.interruptions.never(cls);
      else if (incident.workBackAt >= 0)
        this.interruptions.add(cls, (incident.workBackAt - incident.at) / 1e6);
      else this.interruptions.censor(cls, (this.horizon - incident.at) / 1e6);
    }
    if (this.sample.length < INCIDENT_SAMPLE_LIMIT) {
      this.sample.push({
        component: incident.component,
        componentClass: incident.componentClass,
        mode: incident.mode,
        cause: incident.cause,
        at: incident.at / 1e6,
        detection: detection ?? 0,
        recovery,
        blastPipelines: incident.blastPipelines,
        blastTeams: incident.teams.size,
        workLost: incident.workLost,
        serviceImpact: incident.serviceImpact,
      });
    }
  }

  /**
   * Records incidents still open at the horizon: their interrupted work that still waits is
   * right-censored at the horizon. Returns how many had impact.
   */
  closeAtHorizon(): number {
    let unrecovered = 0;
    for (const incident of [...this.open]) {
      this.open.delete(incident);
      if (incident.impacted && incident.at >= this.warmup) unrecovered++;
      this.record(incident);
    }
    return unrecovered;
  }

  blastTeamsMean(): number {
    return this.impactedCount === 0 ? 0 : this.blastTeams / this.impactedCount;
  }

  blastPipelinesMean(): number {
    return this.impactedCount === 0 ? 0 : this.blastPipelines / this.impactedCount;
  }
}
