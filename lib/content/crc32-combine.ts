// CRC-32 (gzip's) of joined data from the CRCs of its pieces, without reading the pieces again: appending
// `n` bytes multiplies the first piece's CRC by x^(8n) modulo the CRC polynomial (the method zlib's
// crc32_combine uses; Node does not expose it). gzip-with-nonce.ts keeps, per stored part, its CRC and this
// factor, so a response's CRC costs a few hundred operations instead of a pass over the whole page.

/** The CRC-32 polynomial, bit-reflected. */
const POLY = 0xedb88320;
/** x^0 (that is, 1) in the reflected representation. */
const ONE = 0x80000000;

/** a × b modulo the polynomial (both reflected). */
function multiplyModPoly(a: number, b: number): number {
  let product = 0;
  let factor = b;
  for (let bit = ONE; bit !== 0; bit >>>= 1) {
    if ((a & bit) !== 0) product ^= factor;
    factor = factor & 1 ? (factor >>> 1) ^ POLY : factor >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the polynomial, for k = 0…31 (beyond that it repeats with period 32 for our use). */
const X_TO_2_TO_K: number[] = [];
for (let k = 0, power = ONE >>> 1; k < 32; k += 1) {
  X_TO_2_TO_K.push(power);
  power = multiplyModPoly(power, power);
}

/** The factor that appending `length` bytes applies to a CRC: x^(8 × length) modulo the polynomial. */
export function appendFactor(length: number): number {
  let factor = ONE;
  // 8 × length in binary: bit i of it contributes x^(2^i), i counted from 3 (the × 8).
  for (let n = length, k = 3; n > 0; n = Math.floor(n / 2), k += 1)
    if (n % 2 === 1) factor = multiplyModPoly(X_TO_2_TO_K[k % 32] ?? ONE, factor);
  return factor;
}

/** The CRC of A then B, from A's CRC, B's CRC and appendFactor(B's length). */
export function combineCrc(crcA: number, crcB: number, factorB: number): number {
  return (multiplyModPoly(factorB, crcA) ^ crcB) >>> 0;
}
