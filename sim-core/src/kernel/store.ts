import { describeValue, invalid, SimulationError } from "../errors";
import { Deque } from "./deque";
import { EventQueue } from "./event-queue";
import { hashName } from "./fingerprint";
import type { Kernel } from "./kernel";
import { HANDED, StoreGet, StorePut, WAITING, WITHDRAWN } from "./store-events";

/** Options of a {@link Store}. */
export interface StoreOptions<T> {
  /** Maximum number of items held: an integer ≥ 0 or Infinity (default). */
  capacity?: number;
  /** What a put does when the store is full: wait for room (`"block"`, default) or drop the item. */
  overflow?: "block" | "drop";
  /** Which item a get takes: the oldest (`"fifo"`, default) or the most important. */
  order?: "fifo" | "priority";
  /** For `order: "priority"`: the item's priority, lower = taken first (ties: oldest first). */
  priority?: (item: T) => number;
  /** Name for messages and the fingerprint; default `"store"`. */
  name?: string;
}

/**
 * A bounded line buffer between stages: FIFO or priority order; a put on a full store blocks
 * or drops. Hand-over is atomic: an item is always either in the store or with exactly one
 * taker, even when the taker is interrupted at the very instant it is handed the item.
 */
export class Store<T> {
  readonly kernel: Kernel;
  readonly name: string;
  /** Maximum number of items held. */
  readonly capacity: number;
  readonly overflow: "block" | "drop";
  readonly order: "fifo" | "priority";
  /** Items refused because the store was full (drop puts and failed offers). */
  dropped = 0;
  /** Items admitted by put or offer (not counting items returned with `returnToHead`). */
  accepted = 0;
  /** @internal */ readonly _fpId: number;
  private readonly priorityOf: ((item: T) => number) | undefined;
  private readonly fifo: Deque<T> | null;
  private readonly heap: EventQueue<T> | null;
  private readonly getters = new Deque<StoreGet<T>>();
  private readonly putters = new Deque<StorePut<T>>();
  private liveGetters = 0;
  private livePutters = 0;
  private seq = 0;
  private headSeq = -1;

  constructor(kernel: Kernel, options: StoreOptions<T> = {}) {
    this.kernel = kernel;
    this.name = options.name ?? "store";
    const cap = options.capacity ?? Number.POSITIVE_INFINITY;
    if (!(cap === Number.POSITIVE_INFINITY || (Number.isSafeInteger(cap) && cap >= 0))) {
      invalid("capacity", cap, "an integer ≥ 0 or Infinity");
    }
    this.capacity = cap;
    const overflow = options.overflow ?? "block";
    if (overflow !== "block" && overflow !== "drop") invalid("overflow", overflow, '"block" or "drop"');
    this.overflow = overflow;
    const order = options.order ?? "fifo";
    if (order !== "fifo" && order !== "priority") invalid("order", order, '"fifo" or "priority"');
    this.order = order;
    if (order === "priority" && typeof options.priority !== "function") {
      invalid("priority", options.priority, 'a function (item) => number when order is "priority"');
    }
    this.priorityOf = options.priority;
    this.fifo = order === "fifo" ? new Deque<T>() : null;
    this.heap = order === "priority" ? new EventQueue<T>(16) : null;
    this._fpId = hashName(this.name);
  }

  /** Number of items in the store (not counting items already handed to a getter). */
  get length(): number {
    return this.fifo !== null ? this.fifo.length : this.heap!.size;
  }

  /** Number of gets waiting for an item. */
  get waitingGets(): number {
    return this.liveGetters;
  }

  /** Number of puts blocked waiting for room. */
  get blockedPuts(): number {
    return this.livePutters;
  }

  /** A copy of the items in the order gets would take them. */
  get items(): readonly T[] {
    if (this.fifo !== null) return this.fifo.toArray();
    const h = this.heap!;
    const idx = Array.from({ length: h.size }, (_, i) => i);
    idx.sort((a, b) => h.times[a]! - h.times[b]! || h.keys[a]! - h.keys[b]!);
    return idx.map((i) => h.items[i] as T);
  }

  /**
   * Puts an item; yield the returned event to wait for room. With `overflow: "block"` it fires
   * with true once stored; with `"drop"` it fires at once, with false if the store was full.
   */
  put(item: T): StorePut<T> {
    const p = new StorePut(this, item);
    if (this.tryAdd(item)) {
      p._phase = 1;
      p.succeed(true);
    } else if (this.overflow === "drop") {
      this.dropped++;
      p._phase = 1;
      p.succeed(false);
    } else {
      this.putters.push(p);
      this.livePutters++;
    }
    return p;
  }

  /** Non-blocking put: stores the item and returns true, or counts it as dropped and returns false. */
  offer(item: T): boolean {
    if (this.tryAdd(item)) return true;
    this.dropped++;
    return false;
  }

  /** Asks for an item; yield the returned event to receive it. */
  get(): StoreGet<T> {
    const g = new StoreGet(this);
    if (this.length > 0) {
      this.hand(g, this.take());
      this.admitPutters();
    } else {
      this.getters.push(g);
      this.liveGetters++;
      // A zero-capacity store is a rendezvous: a blocked put hands its item straight over.
      if (this.livePutters > 0) this.admitPutters();
    }
    return g;
  }

  /**
   * Withdraws a get. If the item was already handed to it but not yet taken by a process, the
   * item goes back to the head of the store. A no-op for a get whose item was taken.
   *
   * @throws SimulationError("model") if a process is still waiting on the get (interrupt it instead).
   */
  cancel(get: StoreGet<T>): void {
    if (get.store !== this) invalid("cancel.get", get, `a get of store "${this.name}"`);
    if (get._waiter !== null) {
      throw new SimulationError(
        "model",
        `cancel() of a get on store "${this.name}" that a process still waits on; interrupt the process instead`,
      );
    }
    if (get._phase === WAITING) {
      get._phase = WITHDRAWN;
      this.liveGetters--;
    } else if (get._phase === HANDED) {
      get._phase = WITHDRAWN;
      this.returnToHead(get._value as T);
    }
  }

  /**
   * Puts an item back in front (work handed back after a failure): the next get takes it (in a
   * priority store, first among items of its priority). Capacity is not checked: the item was
   * admitted before, and refusing it would lose it.
   */
  returnToHead(item: T): void {
    const g = this.firstGetter();
    if (g !== undefined) {
      this.liveGetters--;
      this.getters.shift();
      this.hand(g, item);
    } else if (this.fifo !== null) {
      this.fifo.unshift(item);
    } else {
      this.heap!.push(this.priorityFor(item), this.headSeq--, 0, item);
    }
  }

  /** @internal A blocked put was withdrawn. */
  _putWithdrawn(): void {
    this.livePutters--;
  }

  private tryAdd(item: T): boolean {
    const g = this.firstGetter();
    if (g !== undefined) {
      this.liveGetters--;
      this.getters.shift();
      this.accepted++;
      this.hand(g, item);
      return true;
    }
    if (this.length >= this.capacity) return false;
    if (this.fifo !== null) this.fifo.push(item);
    else this.heap!.push(this.priorityFor(item), this.seq++, 0, item);
    this.accepted++;
    return true;
  }

  private take(): T {
    if (this.fifo !== null) return this.fifo.shift() as T;
    const h = this.heap!;
    const item = h.items[0] as T;
    h.pop();
    return item;
  }

  private hand(g: StoreGet<T>, item: T): void {
    g._phase = HANDED;
    g.succeed(item);
  }

  private firstGetter(): StoreGet<T> | undefined {
    const gs = this.getters;
    while (gs.length > 0) {
      const g = gs.peek()!;
      if (g._phase === WAITING) return g;
      gs.shift();
    }
    return undefined;
  }

  private admitPutters(): void {
    const ps = this.putters;
    while (ps.length > 0 && (this.length < this.capacity || this.liveGetters > 0)) {
      const p = ps.shift()!;
      if (p._phase !== 0) continue;
      this.livePutters--;
      p._phase = 1;
      this.tryAdd(p.item);
      p.succeed(true);
    }
  }

  private priorityFor(item: T): number {
    const p = this.priorityOf!(item);
    if (typeof p !== "number" || Number.isNaN(p)) {
      invalid(`${this.name}.priority(item)`, p, `a number (got it for item ${describeValue(item)})`);
    }
    return p;
  }
}
