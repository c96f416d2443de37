/**
 * JSON that round-trips every number a result can hold: Infinity, -Infinity and NaN (which plain
 * JSON turns into null) are written as {"$number": "Infinity"}. Shard files use it so a merged
 * result is byte-identical to an unsharded one.
 */

const TAG = "$number";

/** Serializes `value` with non-finite numbers tagged. */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "number" && !Number.isFinite(item) ? { [TAG]: String(item) } : item,
  );
}

/** Parses text written by `encodeJson`, restoring the tagged numbers. */
export function decodeJson(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (typeof item === "object" && item !== null && !Array.isArray(item)) {
      const keys = Object.keys(item);
      const tagged = (item as Record<string, unknown>)[TAG];
      if (keys.length === 1 && (tagged === "Infinity" || tagged === "-Infinity" || tagged === "NaN"))
        return Number(tagged);
    }
    return item;
  });
}
