// exceljs's streaming reader decodes every chunk of an archive part on its own, so a Chinese
// character whose bytes straddle two chunks (zlib hands out 16 KB at a time) is read as two
// replacement characters: 申请人 became ��请人 in long shared-string tables. Chunks cut at
// character boundaries are decoded exactly.

/**
 * The end of the last whole UTF-8 character in `bytes`: `bytes.length` when the chunk ends on
 * a boundary, else the index where the unfinished character begins. Bytes that are not UTF-8
 * (a continuation byte without its lead) are passed on as they are.
 * @example utf8Boundary(new TextEncoder().encode("申请").subarray(0, 4)) //=> 3
 */
export function utf8Boundary(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes.length - lead <= 3 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const b = bytes[lead] ?? 0;
  const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return bytes.length - lead >= size ? bytes.length : lead;
}

/** The same bytes in chunks that each end at a character boundary (the last may not). */
export async function* utf8Aligned(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let carry: Uint8Array | undefined;
  for await (const raw of chunks) {
    const chunk = carry ? joined(carry, raw) : raw;
    const end = utf8Boundary(chunk);
    carry = end < chunk.length ? chunk.slice(end) : undefined;
    if (end > 0) yield chunk.subarray(0, end);
  }
  if (carry) yield carry;
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
