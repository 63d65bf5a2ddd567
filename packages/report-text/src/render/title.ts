// The title's lines. A title that does not fit on one line is broken by its
// meaning — who and which year on the first line, 政府信息公开工作年度报告 on the
// second — never in the middle of a word, and never leaving one character
// alone on a line (GB/T 9704 §7.3.1: 标题……回行时，要做到词意完整，排列对称).

/** Width of a text in ems: a Chinese character or full-width mark 1, a Latin letter, digit or space ½. */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return w;
}

/**
 * Characters a line holds: the line's width over the font size, both in twips.
 * @example charsPerLine(8844, 440) //=> 20 (二号 22 pt on GB/T 9704's 156 mm)
 */
export function charsPerLine(lineTwips: number, fontTwips: number): number {
  return Math.floor(lineTwips / fontTwips);
}

/** Where the kind of report starts: 政府信息公开工作年度报告 (Simplified or Traditional). */
const REPORT_KIND = /政府信息公[开開]/;
/** The year of the report: 2020年, 2020年度. */
const YEAR = /\d{4}年度?/;

/** The title split where its meaning breaks: before the kind of report, else after the year. */
function meaningParts(title: string): string[] {
  const kind = REPORT_KIND.exec(title);
  if (kind && kind.index > 0) return [title.slice(0, kind.index), title.slice(kind.index)];
  const year = YEAR.exec(title);
  if (year) {
    const end = year.index + year[0].length;
    if (end < title.length && end > 0) return [title.slice(0, end), title.slice(end)];
  }
  return [title];
}

/** Tokens that a line break may not split: a run of digits (with its decimals), else one character. */
function tokens(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?|./gsu) ?? [];
}

/** Lines of at most `max` ems, of about equal length (a long part is not left with a short tail). */
function balancedLines(text: string, max: number): string[] {
  const total = emWidth(text);
  if (total <= max) return [text];
  const count = Math.ceil(total / max);
  const target = Math.min(max, Math.ceil(total / count));
  const lines: string[] = [""];
  for (const tok of tokens(text)) {
    const last = lines.at(-1) ?? "";
    const limit = lines.length < count ? target : max;
    if (last !== "" && emWidth(last + tok) > limit) lines.push(tok);
    else lines[lines.length - 1] = last + tok;
  }
  return lines;
}

/** Moves a character down to a line that holds only one, or joins it to the line before when that cannot be done. */
function noLoneCharacters(lines: string[], max: number): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const line = out[i] ?? "";
    const before = out[i - 1] ?? "";
    if ([...line].length !== 1) continue;
    const prev = tokens(before);
    const moved = prev.length > 2 ? prev.pop() : undefined;
    if (moved !== undefined) {
      out[i] = moved + line;
      out[i - 1] = prev.join("");
    } else if (emWidth(before + line) <= max) {
      out[i - 1] = before + line;
      out.splice(i--, 1);
    }
  }
  const [first, second] = out;
  if (first !== undefined && second !== undefined && [...first].length === 1) {
    const next = tokens(second);
    out[0] = first + (next.shift() ?? "");
    out[1] = next.join("");
  }
  return out.filter((l) => l !== "");
}

/**
 * The lines of a title set `max` characters a line: the title whole when it
 * fits, else broken by meaning (the agency and year, then the kind of report),
 * a part longer than a line broken into lines of about equal length, digits
 * kept together, and never one character alone on a line.
 * @example titleLines("盐池县2020年政府信息公开工作年度报告", 20) //=> ["盐池县2020年政府信息公开工作年度报告"]
 * @example titleLines("淮安市洪泽区人民政府2024年政府信息公开工作年度报告", 20)
 * //=> ["淮安市洪泽区人民政府2024年", "政府信息公开工作年度报告"]
 */
export function titleLines(title: string, max: number): string[] {
  if (emWidth(title) <= max) return [title];
  const lines = meaningParts(title).flatMap((part) => balancedLines(part, max));
  return noLoneCharacters(lines, max);
}

/**
 * The title's parts where its meaning breaks, for a renderer that lets the
 * reader's screen choose the line breaks (HTML keeps each part whole).
 * @example titleParts("盐池县2020年政府信息公开工作年度报告") //=> ["盐池县2020年", "政府信息公开工作年度报告"]
 */
export function titleParts(title: string): string[] {
  return meaningParts(title);
}
