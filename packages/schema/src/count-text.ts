// The text of count cells: blank marks, white space, full-width forms, Traditional count
// characters, units and approximation words, Chinese numerals — what readCellNumber folds.

/**
 * The cell texts that mean "no value" (rule CELL-BLANK of spec/rules.md):
 * blank, "/", "—", "-", "无", with their full-width, Traditional and other
 * dash variants. Such a cell is `null`, which is not 0. Any run made only of
 * dash characters ("——", "--", "－－") is blank as well.
 *
 * @example
 * BLANK_TOKENS.includes("—") //=> true
 */
export const BLANK_TOKENS: readonly string[] = [
  "",
  "/",
  "／",
  "\\",
  "＼",
  "-",
  "－",
  "‐",
  "‑",
  "‒",
  "–",
  "—",
  "―",
  "−",
  "﹣",
  "——",
  "--",
  "无",
  "無",
];

/** Dash-like characters: a cell made only of these is blank. */
export const DASHES = "-－‐‑‒–—―−﹣";
export const DASH_RUN = new RegExp(`^[${DASHES}]+$`);

/** Characters removed as white space (reported as WHITESPACE). */
export const SPACE_CLASS = "\\s\\u3000\\u00A0\\u200B-\\u200D\\u2060";
export const EDGE_SPACES = new RegExp(`^[${SPACE_CLASS}]+|[${SPACE_CLASS}]+$`, "g");
export const INNER_SPACES = new RegExp(`[${SPACE_CLASS}]+`, "g");
export const SPACED_DIGITS = new RegExp(`\\d[${SPACE_CLASS}]+\\d`);

export { toHalfWidth } from "./text-fold/half-width.js";
export { foldCountCharacters } from "./text-fold/count-characters.js";

/** Unit words of count cells, longest first so that 人次 wins over 人. */
export const COUNT_UNITS = [
  "人次",
  "件次",
  "家次",
  "项次",
  "件",
  "条",
  "个",
  "次",
  "项",
  "人",
  "名",
  "期",
  "篇",
  "份",
  "家",
  "户",
  "册",
  "批",
  "起",
  "场",
  "所",
  "处",
  "部",
  "本",
  "套",
  "例",
  "宗",
  "笔",
  "类",
  "张",
  "届",
  "封",
  "页",
];

/** Prefixes and suffixes that mark an approximate number. */
export const APPROX_PREFIXES = ["大约", "将近", "超过", "约", "近", "逾", "超"];
export const APPROX_SUFFIXES = ["左右", "以上", "余", "多"];

/** Chinese numerals, lower case (小写) and financial (大写). */
export const LOWER_NUMERAL = /^[零〇一二两三四五六七八九十百千万亿点]+$/;
export const UPPER_NUMERAL = /^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿点]+$/;
