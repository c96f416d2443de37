/**
 * Fast, stable 64-bit string hash (two 32-bit lanes, cyrb53-style mixing with `Math.imul`).
 * Used to derive stream seeds; its output must never change between versions, because stream
 * seeds (and so every simulated result) depend on it. `string-hash.test.ts` pins golden values.
 *
 * @param text - the string to hash (UTF-16 code units are mixed one by one).
 * @param salt - optional 32-bit salt, default 0.
 * @returns 16 lower-case hex characters.
 */
export function hashString(text: string, salt = 0): string {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  // Final avalanche so that near-identical names ("a/1", "a/2") give unrelated hashes.
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return hex32(h2) + hex32(h1);
}

function hex32(x: number): string {
  return (x >>> 0).toString(16).padStart(8, "0");
}
