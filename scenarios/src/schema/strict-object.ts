/**
 * Strict objects that remember which keys they allow, so the loader can answer an unknown key
 * with a did-you-mean. Zod reports unknown keys on the object; its error hook sees the offending
 * input object, and we note the allowed keys against that very object (a WeakMap, so nothing
 * outlives the parse).
 */
import { z } from "zod";

const allowedKeysByInput = new WeakMap<object, readonly string[]>();

/** The keys the schema that rejected `input` allows; undefined when unknown. */
export function allowedKeysFor(input: unknown): readonly string[] | undefined {
  return typeof input === "object" && input !== null ? allowedKeysByInput.get(input) : undefined;
}

/** A `z.strictObject` whose unknown-key issues carry the allowed keys (see `allowedKeysFor`). */
export function strictObject<const Shape extends z.ZodRawShape>(shape: Shape, description?: string) {
  const keys = Object.keys(shape);
  const schema = z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === "unrecognized_keys" && typeof issue.input === "object" && issue.input !== null) {
        allowedKeysByInput.set(issue.input, keys);
        return `allowed keys: ${keys.join(", ")}`;
      }
      if (issue.code === "invalid_type") return "an object (key: value pairs)";
      return undefined;
    },
  });
  return description === undefined ? schema : schema.describe(description);
}
