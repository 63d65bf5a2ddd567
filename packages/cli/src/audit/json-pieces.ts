// JSON made in pieces, byte for byte what `JSON.stringify(whole, null, 2)` prints: each element
// of a list is stringified where it is made (a worker's thread) at the depth it will sit, and
// the document is assembled from the pieces without stringifying them again.
import { escapeControlChars } from "@disclosure/schema";

const indent = (depth: number) => "  ".repeat(depth);

/**
 * `value` as `JSON.stringify(value, null, 2)` prints it `depth` levels into a document: its
 * inner lines indented by two spaces a level (strings hold no raw line feed, JSON escapes it).
 * @example indentedJson({ a: 1 }, 2) //=> '{\n      "a": 1\n    }'
 */
export function indentedJson(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth ? text.replaceAll("\n", `\n${indent(depth)}`) : text;
}

/**
 * The pieces of a list, in order, each made by `indentedJson(element, depth + 1)`, as the list
 * prints `depth` levels in: `[]` when empty, as JSON.stringify prints it.
 */
export function* jsonListPieces(pieces: Iterable<string>, depth: number): Generator<string> {
  let first = true;
  for (const piece of pieces) {
    yield `${first ? "[\n" : ",\n"}${indent(depth + 1)}${piece}`;
    first = false;
  }
  yield first ? "[]" : `\n${indent(depth)}]`;
}

/**
 * An object of lists as `JSON.stringify(object, null, 2)` prints it (with its final line feed
 * added), from each list's element pieces (made at depth 2), in pieces to write one after another.
 */
export function* jsonDocumentOfLists(
  lists: readonly (readonly [string, Iterable<string>])[],
): Generator<string> {
  if (!lists.length) {
    yield "{}\n";
    return;
  }
  for (const [i, [key, pieces]] of lists.entries()) {
    yield `${i ? ",\n" : "{\n"}${indent(1)}${JSON.stringify(key)}: `;
    yield* jsonListPieces(pieces, 1);
  }
  yield "\n}\n";
}

/** DEL and the C1 controls: in JSON text, the only characters `escapeControlChars` changes. */
const DEL_OR_C1 = /[\u007F-\u009F]/;

/**
 * JSON text made safe for a terminal, as `escapeControlChars` makes it: JSON.stringify already
 * escapes the C0 controls (CR included), so only DEL and C1 can be left, and a scan for those
 * alone (cheap, on the thread that made the text) spares the full rewrite of text without any.
 */
export function terminalSafeJson(json: string): string {
  return DEL_OR_C1.test(json) ? escapeControlChars(json) : json;
}

/** Pieces joined into chunks of about `size` characters, so that output is written in few calls. */
export function* chunked(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let chunk = "";
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= size) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}
