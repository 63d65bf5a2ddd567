// What a paragraph of a section is: a （一）-level heading standing on its own
// line, a paragraph that opens with such a heading as its lead sentence, or
// plain text. Reports write both forms (（一）主动公开 on a line; （一）坚持……，激发
// 工作活力。依法依规……); .docx sets the heading in 楷体 with an outline level,
// HTML makes the heading line an <h3> and the lead sentence a span.

/** A （一）-level heading, or a lead sentence, is at most this long. */
const MAX_HEADING = 40;

const NUMBERED = /^（[一二三四五六七八九十]+）[^。！？]*[。！？]?/;

/** The shape of a section paragraph. */
export type ParagraphShape =
  | { readonly kind: "subheading"; readonly text: string }
  | { readonly kind: "lead"; readonly lead: string; readonly rest: string }
  | { readonly kind: "plain"; readonly text: string };

/**
 * The shape of a paragraph: a whole line that is a short （一）-numbered sentence
 * is a sub-heading; a paragraph whose first sentence is one has it as its lead.
 * @example paragraphShape("（一）主动公开") //=> { kind: "subheading", text: "（一）主动公开" }
 * @example paragraphShape("（一）坚持需求导向。依法依规公开。").kind //=> "lead"
 */
export function paragraphShape(text: string): ParagraphShape {
  const m = NUMBERED.exec(text);
  if (!m) return { kind: "plain", text };
  if (m[0].length === text.length)
    return text.length <= MAX_HEADING ? { kind: "subheading", text } : { kind: "plain", text };
  if (m[0].length <= MAX_HEADING) return { kind: "lead", lead: m[0], rest: text.slice(m[0].length) };
  return { kind: "plain", text };
}
