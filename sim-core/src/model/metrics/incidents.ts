/**
 * Incidents: each failure is a first-class record — what failed, when, how it was noticed, what
 * it touched and when things were whole again. An incident stays open while it has unresolved
 * impact items (a shard that cannot serve, a stage waiting to run again); it recovers when the
 * last item resolves. Finished incidents are folded into bounded summaries, and only the first
 * `INCIDENT_SAMPLE_LIMIT` are kept in full for timelines.
 */
import type { IncidentRecord } from "../result-types";
import { SummaryCollector } from "./summary-collector";

/** Incidents kept in full per run (for timelines); the rest only count in the summaries. */
export const INCIDENT_SAMPLE_LIMIT = 200;

export type ComponentClass = IncidentRecord["componentClass"];

export class Incident {
  detectedAt: number | null = null;
  private openItems = 0;
  private everImpacted = false;
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

  /** Opens an impact item (a shard down, a stage interrupted); resolve it when it is whole again. */
  open(): void {
    this.openItems++;
    this.everImpacted = true;
  }

  resolve(now: number): void {
    if (this.openItems <= 0) return;
    this.openItems--;
    if (this.openItems === 0) this.close(now);
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
    return this.everImpacted || this.serviceImpact;
  }
}

export class IncidentLog {
  private nextId = 1;
  readonly recovery = new SummaryCollector();
  readonly detection = new SummaryCollector();
  readonly sample: IncidentRecord[] = [];
  readonly byClass: Record<string, number> = {};
  count = 0;
  workLost = 0;
  private blastTeams = 0;
  private blastPipelines = 0;
  private impactedCount = 0;
  private readonly open = new Set<Incident>();

  constructor(private readonly warmup: number) {}

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
      if (recovery !== null) this.recovery.add(recovery);
      if (detection !== null) this.detection.add(detection);
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

  /** Records incidents still open at the horizon (not recovered); returns how many had impact. */
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
