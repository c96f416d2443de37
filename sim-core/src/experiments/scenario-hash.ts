/**
 * A stable hash of a scenario, printed on every output so any figure can be traced to the exact
 * input: canonical JSON (keys sorted, no whitespace) hashed with 64-bit FNV-1a (two 32-bit lanes).
 */

/** JSON with object keys sorted at every level (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  // Non-finite numbers ("unlimited" = Infinity) must not collapse into null as in JSON.
  if (typeof value === "number" && !Number.isFinite(value)) return JSON.stringify(String(value));
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(",")}}`;
}

/** 16 hex characters of FNV-1a 64 over the bytes of `text` (each UTF-16 unit as 1 or 2 bytes). */
export function hash64(text: string): string {
  // The 64-bit state is kept in four 16-bit limbs so every product is exact in a double.
  const h = [0x2325, 0x8422, 0x9ce4, 0xcbf2];
  const mix = (byte: number) => {
    h[0]! ^= byte;
    // h *= 0x100000001b3 (= 2^40 + 0x1b3) modulo 2^64
    const t0 = h[0]! * 0x1b3;
    const t1 = h[1]! * 0x1b3 + (t0 >>> 16);
    const t2 = h[2]! * 0x1b3 + (t1 >>> 16) + ((h[0]! << 8) & 0xffffff);
    const t3 = h[3]! * 0x1b3 + (t2 >>> 16) + ((h[1]! << 8) & 0xffffff);
    h[0] = t0 & 0xffff;
    h[1] = t1 & 0xffff;
    h[2] = t2 & 0xffff;
    h[3] = t3 & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    mix(code & 0xff);
    if (code > 0xff) mix(code >>> 8);
  }
  return [h[3]!, h[2]!, h[1]!, h[0]!].map((x) => x.toString(16).padStart(4, "0")).join("");
}

/** The hash of a scenario as printed on reports. */
export function scenarioHash(scenario: unknown): string {
  return hash64(canonicalJson(scenario));
}
