// Where the issuing agency and the date stand at the end of the report (落款),
// as GB/T 9704-2012 §7.3.5.2 places them on a document without a seal: the
// agency two characters from the right margin, the date on the next line with
// its first character two characters right of the agency's first; a date longer
// than that allows stands two characters from the margin, and the agency moves
// left to keep the two characters between their first characters.
import { emWidth } from "./title.js";

/** Right indents of the agency's and the date's lines, in characters. */
export interface SignatureIndents {
  readonly agency: number;
  readonly date: number;
}

/**
 * The right indents of the 落款's two lines, in characters (a digit counts ½).
 * @example signatureIndents("盐池县人民政府办公室", "2021年1月29日") //=> { agency: 2, date: 3.5 }
 * @example signatureIndents("盐池县人民政府", "2021年1月29日") //=> { agency: 3.5, date: 2 }
 */
export function signatureIndents(agency: string, date: string): SignatureIndents {
  const a = emWidth(agency);
  const d = emWidth(date);
  if (a - d >= 2) return { agency: 2, date: a - d };
  return { agency: 4 + d - a, date: 2 };
}
