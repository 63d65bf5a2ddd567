// The zlib streams of the font programs embedded in the corpus PDF (洪泽区 2024), as written
// in the file: shared by the tests of leaving font programs out and of inflating them.
import { dictEntries, latin1, objectOffsets, streamData } from "../src/parse/pdf-syntax.js";

/** The font-program streams (those with a /Length1) of `pdf`, in file order. */
export function fontProgramStreams(pdf: Uint8Array): Uint8Array[] {
  const text = latin1(pdf);
  const streams: Uint8Array[] = [];
  for (const { body } of objectOffsets(text).values()) {
    const dict = dictEntries(text, body);
    const raw = dict?.has("Length1") ? streamData(text, pdf, body, dict) : undefined;
    if (raw) streams.push(raw);
  }
  return streams;
}
