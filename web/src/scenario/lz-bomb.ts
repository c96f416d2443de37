/**
 * Test support: builds a hostile share-link payload in lz-string's URI-safe format whose codes
 * each repeat the previous entry plus one character, so `codes` codes expand to about
 * codes²/2 characters ("a" repeated). ~230 KB of payload expands to gigabytes. Used by the unit
 * and browser tests of the bounded decoder; never by the lab itself.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";

/** A bomb of `payloadChars` characters (the stream ends where the characters run out, unterminated). */
export function lzBomb(payloadChars: number): string {
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  const limit = payloadChars * 6;
  write(0, 2); // an 8-bit literal follows
  write(97, 8); // "a"
  let dictSize = 4;
  let enlargeIn = 4;
  let numBits = 3;
  while (bits.length + numBits <= limit) {
    // The code one past the dictionary means "the previous entry plus its first character".
    write(dictSize, numBits);
    dictSize++;
    enlargeIn--;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  let out = "";
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let j = 0; j < 6; j++) value = (value << 1) | (bits[i + j] ?? 0);
    out += ALPHABET[value];
  }
  return out;
}
