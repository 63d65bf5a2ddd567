// What tells a font program apart as one pdfjs-dist takes for TrueType, shared by the reader
// that leaves font programs out (pdf-font-programs.ts) and the own text-layer reader
// (pdf-fonts.ts): the stream's keys, and the head of the program.

/** Keys a font program's stream may have: none of them changes how it is decoded. */
export const PLAIN_STREAM_KEYS: ReadonlySet<string> = new Set([
  "Length",
  "Length1",
  "Length2",
  "Length3",
  "Filter",
  "Subtype",
  "Metadata",
]);

/** Tables a TrueType file may list at most here (a real font has some 10 to 30). */
export const MAX_TABLES = 4096;

/** Bytes of the head that hold the table directory of `tables` tables. */
export const headBytes = (tables: number) => 12 + 16 * tables;

/** Tables the head says the file has (its numTables), or 0 for a head too short to say. */
export const tableCount = (head: Uint8Array) => ((head[4] ?? 0) << 8) | (head[5] ?? 0);

/**
 * Whether bytes begin a TrueType file (00 01 00 00 or "true") whose table directory, all of
 * it in the bytes, lists no "CFF " table.
 * @example isTrueTypeHead(new TextEncoder().encode("OTTO")) //=> false
 */
export function isTrueTypeHead(head: Uint8Array): boolean {
  const tag = (at: number) => String.fromCharCode(...head.subarray(at, at + 4));
  const version = tag(0);
  if (version !== "\x00\x01\x00\x00" && version !== "true") return false;
  const tables = tableCount(head);
  if (tables > MAX_TABLES || head.length < headBytes(tables)) return false;
  for (let t = 0; t < tables; t++) if (tag(12 + 16 * t) === "CFF ") return false;
  return true;
}
