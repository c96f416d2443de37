/**
 * `pow` that gives the same bits on every JavaScript engine. `Math.pow` and `**` are not
 * correctly rounded and their last bit differs between V8 versions (Node 20 vs Chromium 156
 * were seen to differ), which would break "same seed, same bytes in Node and the browser".
 * Integer exponents use exact-order multiplication (square-and-multiply); others go through
 * `Math.exp` and `Math.log`, which V8 implements with its own fdlibm port on every platform.
 * The price is a relative error of about |y·ln x|·2⁻⁵³, far below any statistical tolerance.
 */
export function pow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 1024) return integerPow(x, y);
  if (x > 0) return Math.exp(y * Math.log(x));
  if (x === 0) return y > 0 ? 0 : Number.POSITIVE_INFINITY;
  return Number.NaN; // a negative base with a fractional exponent
}

/** x^n for any integer n by square-and-multiply: the same bits on every engine, O(log |n|). */
export function integerPow(x: number, n: number): number {
  let result = 1;
  let base = x;
  let k = Math.abs(n);
  while (k > 0) {
    if (k % 2 === 1) result *= base;
    base *= base;
    k = Math.floor(k / 2);
  }
  return n < 0 ? 1 / result : result;
}
