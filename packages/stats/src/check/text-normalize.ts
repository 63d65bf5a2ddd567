// Narrative text prepared for the TXT-* rules: Traditional characters folded to Simplified and
// Taiwan-phrased terms put back by @disclosure/schema's fold (a report may be published in
// 繁体, and @disclosure/stats does not load a full converter), full-width digits made ASCII,
// line breaks of PDF extraction removed, and the text cut into sentences.
import { foldHant } from "@disclosure/schema";

/**
 * Text ready for matching: folded to Simplified, full-width digits made ASCII, thousands
 * separators dropped (1,234 → 1234), whitespace removed — except between two digits, where
 * one space stays so that two numbers never run together.
 *
 * @example
 * prepareText("区政府办代表区政府受理政府信息公开\n申请 17 件") //=> "区政府办代表区政府受理政府信息公开申请17件"
 */
export function prepareText(text: string): string {
  // The rules of one report prepare the same section texts several times: the last few are kept.
  const known = lastPrepared.get(text);
  if (known !== undefined) return known;
  const prepared = prepareOnce(text);
  if (lastPrepared.size >= PREPARED_KEPT) lastPrepared.delete(lastPrepared.keys().next().value as string);
  lastPrepared.set(text, prepared);
  return prepared;
}

/**
 * Texts joined with 。 and prepared: the same as `prepareText(texts.join("。"))`, from the
 * texts prepared one by one (which the rules of a report have prepared already). Exact because
 * no step of the preparation reaches across a 。: the fold is character by character but for
 * a few terms without 。, and 。 is neither a digit, a comma nor whitespace.
 */
export function prepareJoined(texts: readonly string[]): string {
  // Joined by a loop: the caller's array is read by index only.
  let out = "";
  for (let i = 0; i < texts.length; i++)
    out += i ? `。${prepareText(texts[i] as string)}` : prepareText(texts[i] as string);
  return out;
}

const PREPARED_KEPT = 16;
const lastPrepared = new Map<string, string>();

function prepareOnce(text: string): string {
  let t = foldHant(text).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  t = t.replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  t = t.replace(/[\s\u3000\u00a0\u200b]+/g, (m, off: number, s: string) =>
    /\d/.test(s[off - 1] ?? "") && /\d/.test(s[off + m.length] ?? "") ? " " : "",
  );
  return t;
}

/** Sentences of prepared text (cut at 。！？ and at transcription gaps "[…]"). */
export function sentences(prepared: string): readonly string[] {
  // Several rules cut the same section into sentences: the last few cuts are kept.
  const known = lastCut.get(prepared);
  if (known !== undefined) return known;
  const cut = Object.freeze(cutSentences(prepared));
  if (lastCut.size >= PREPARED_KEPT) lastCut.delete(lastCut.keys().next().value as string);
  lastCut.set(prepared, cut);
  return cut;
}

const lastCut = new Map<string, readonly string[]>();
const SENTENCE_END = /[。！？!?]|\[…[^\]]*…?\]|\[\.\.\.[^\]]*\]/;

function cutSentences(prepared: string): readonly string[] {
  const out: string[] = [];
  for (const part of prepared.split(SENTENCE_END)) {
    const s = part.trim();
    if (s) out.push(s);
  }
  return out;
}

/** The four-digit years a sentence mentions (2024年, 2024年度). */
export function yearsIn(sentence: string): number[] {
  // Pushed into a literal: one kind of array whichever tier runs it.
  const out: number[] = [];
  for (const m of sentence.matchAll(YEAR)) out.push(Number(m[1]));
  return out;
}

// Compiled once (matchAll works on a copy of a regex, so sharing it is safe).
const YEAR = /(?<!\d)((?:19|20)\d{2})年/g;
