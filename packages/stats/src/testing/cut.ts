// Test helper: bytes cut into chunks, as a stream may deliver them.

/** Cuts `b` at the given points (taken modulo its length; with `atLineEnds`, moved just past a line feed). */
export function cut(b: Uint8Array, cuts: number[], atLineEnds = false): Uint8Array[] {
  const snap = (c: number) => {
    if (!atLineEnds) return c;
    const nl = b.indexOf(10, c);
    return nl === -1 ? b.length : nl + 1;
  };
  const points = [...new Set(cuts.map((c) => snap(c % (b.length + 1))))].sort((x, y) => x - y);
  const chunks: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...points, b.length]) {
    chunks.push(b.subarray(prev, p));
    prev = p;
  }
  return chunks;
}
