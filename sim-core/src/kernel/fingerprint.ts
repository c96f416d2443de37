/**
 * Running hash of a run's event sequence: for every event, its time and an identifier of what
 * happened (a process name, an event name or a kind tag). Insertion counters and object
 * identities are deliberately left out, so two runs that do the same things at the same times
 * hash equal, and a change in any event's time or order changes the hash.
 *
 * Two independent 32-bit lanes mixed with `Math.imul` (about ten integer operations per event)
 * give a 64-bit value printed as 16 hex characters, identical in every JS engine.
 */
export class Fingerprint {
  private a = 0x6a09e667 | 0;
  private b = 0xbb67ae85 | 0;
  private n = 0;

  /**
   * Mixes one event into the hash.
   *
   * @param time - event time, an integer in [0, 2^53).
   * @param id - 32-bit identifier of what happened (see {@link hashName}).
   */
  update(time: number, id: number): void {
    const lo = time >>> 0;
    const hi = (time * 2.3283064365386963e-10) >>> 0; // time / 2^32, exact (a power of two)
    let a = Math.imul(this.a ^ lo, 0x85ebca6b);
    a = Math.imul((a << 13) | (a >>> 19), 0xc2b2ae35) ^ id;
    let b = Math.imul(this.b ^ id, 0x27d4eb2f);
    b = Math.imul((b << 17) | (b >>> 15), 0x165667b1) ^ (lo + hi);
    this.a = a ^ hi;
    this.b = b;
    this.n++;
  }

  /** The hash so far: 16 lower-case hex characters. */
  digest(): string {
    let a = this.a ^ this.n;
    let b = this.b ^ Math.imul(this.n, 0x9e3779b1);
    // Final avalanche so that one-bit differences spread over both lanes.
    a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    a ^= Math.imul(b ^ (b >>> 16), 0x27d4eb2f);
    b ^= Math.imul(a ^ (a >>> 15), 0x165667b1);
    return hex32(a) + hex32(b);
  }
}

/**
 * 32-bit FNV-1a hash of a name, used as the fingerprint identifier of a process or event. It is
 * a function of the text only, so equal names give equal identifiers in every run.
 */
export function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  }
  return h | 0;
}

function hex32(x: number): string {
  return (x >>> 0).toString(16).padStart(8, "0");
}
