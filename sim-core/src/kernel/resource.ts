import { invalid } from "../errors";
import { EventQueue } from "./event-queue";
import { hashName } from "./fingerprint";
import { Preempted } from "./interrupt";
import type { Kernel } from "./kernel";
import type { Process } from "./process";
import { PENDING, SimEvent } from "./sim-event";
import type { Time } from "./time";

/** Options of a {@link Resource}. */
export interface ResourceOptions {
  /** Number of users it serves at once: an integer ≥ 0. */
  capacity: number;
  /** Whether requests with `preempt` may take the slot of a less important user; default false. */
  preemptive?: boolean;
  /** Name for messages and the fingerprint; default `"resource"`. */
  name?: string;
}

/** Options of one {@link Resource.request}. */
export interface RequestOptions {
  /** Lower is more important; default 0. Ties are served first come, first served. */
  priority?: number;
  /** On a preemptive resource, take the slot of a less important user when full; default true. */
  preempt?: boolean;
}

/**
 * A request for one slot of a {@link Resource}; fires (with itself as value) when granted.
 * Pass it to `release` when done, or to withdraw it while still queued.
 */
export class Request extends SimEvent<Request> {
  /** The resource asked. */
  readonly resource: Resource;
  /** Lower is more important. */
  readonly priority: number;
  /** Whether it may preempt a less important user. */
  readonly preempt: boolean;
  /** The process that asked (it is the one interrupted on preemption), if any. */
  readonly owner: Process | null;
  /** When it was granted (µs), or -1. */
  grantedAt: Time = -1;
  /** @internal 0 queued, 1 granted, 2 released/withdrawn/preempted */ _phase = 0;

  /** @internal Use `resource.request()`. */
  constructor(resource: Resource, priority: number, preempt: boolean, owner: Process | null) {
    super(resource.kernel, resource.name, resource._fpId);
    this.resource = resource;
    this.priority = priority;
    this.preempt = preempt;
    this.owner = owner;
  }
}

/**
 * A pool of `capacity` identical slots (executors, CPU, licences). Requests are served in
 * `(priority, arrival)` order. On a preemptive resource a more important request takes the slot
 * of the least important, newest user, which is interrupted with a {@link Preempted} cause.
 */
export class Resource {
  readonly kernel: Kernel;
  readonly name: string;
  readonly preemptive: boolean;
  /** @internal */ readonly _fpId: number;
  private cap: number;
  private readonly users: Request[] = [];
  private readonly queue = new EventQueue<Request>(16);
  private waiting = 0;
  private seq = 0;

  constructor(kernel: Kernel, options: ResourceOptions) {
    this.kernel = kernel;
    this.name = options.name ?? "resource";
    this.cap = checkCapacity(options.capacity, "capacity");
    this.preemptive = options.preemptive ?? false;
    this._fpId = hashName(this.name);
  }

  /** Number of slots. */
  get capacity(): number {
    return this.cap;
  }

  /** Number of granted, unreleased requests. */
  get count(): number {
    return this.users.length;
  }

  /** Number of requests waiting for a slot. */
  get queueLength(): number {
    return this.waiting;
  }

  /** Asks for a slot; yield the returned request to wait until it is granted. */
  request(options: RequestOptions = {}): Request {
    const priority = options.priority ?? 0;
    if (!Number.isFinite(priority))
      invalid("priority", priority, "a finite number (lower is more important)");
    const req = new Request(this, priority, options.preempt ?? true, this.kernel.active);
    if (this.users.length < this.cap) {
      this.grant(req);
    } else {
      if (this.preemptive && req.preempt) {
        const victim = this.leastImportantUser();
        if (victim !== undefined && victim.priority > priority) {
          this.evict(victim, req);
          this.grant(req);
          return req;
        }
      }
      this.queue.push(priority, this.seq++, 0, req);
      this.waiting++;
    }
    return req;
  }

  /**
   * Gives the slot back (or withdraws a queued request). Releasing twice, or after being
   * preempted, is a no-op.
   */
  release(req: Request): void {
    if (req.resource !== this) invalid("release.request", req, `a request of resource "${this.name}"`);
    if (req._phase === 0) {
      req._phase = 2;
      this.waiting--;
      return;
    }
    if (req._phase !== 1) return;
    req._phase = 2;
    const i = this.users.indexOf(req);
    if (i >= 0) this.users.splice(i, 1);
    this.fill();
  }

  /**
   * Changes the number of slots (e.g. executors failing and coming back). Growing grants queued
   * requests; shrinking preempts the newest users, interrupted with `Preempted { by: undefined }`.
   */
  setCapacity(n: number): void {
    this.cap = checkCapacity(n, "setCapacity.capacity");
    while (this.users.length > this.cap) this.evict(this.users[this.users.length - 1]!, undefined);
    this.fill();
  }

  private grant(req: Request): void {
    req._phase = 1;
    req.grantedAt = this.kernel.now;
    this.users.push(req);
    if (req._state === PENDING) req.succeed(req);
  }

  private fill(): void {
    const q = this.queue;
    while (this.users.length < this.cap && q.size > 0) {
      const req = q.items[0]!;
      q.pop();
      if (req._phase !== 0) continue; // withdrawn while queued
      this.waiting--;
      this.grant(req);
    }
  }

  /** The user with the largest priority value; the newest among equals. */
  private leastImportantUser(): Request | undefined {
    let worst: Request | undefined;
    for (const u of this.users) if (worst === undefined || u.priority >= worst.priority) worst = u;
    return worst;
  }

  private evict(victim: Request, by: Request | undefined): void {
    victim._phase = 2;
    this.users.splice(this.users.indexOf(victim), 1);
    victim.owner?.interrupt(new Preempted(by, victim.grantedAt));
  }
}

function checkCapacity(n: number, field: string): number {
  if (!Number.isSafeInteger(n) || n < 0) invalid(field, n, "an integer ≥ 0");
  return n;
}
