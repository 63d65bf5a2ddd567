// How the cells of the Excel fill-in form look and what they accept: labels locked and
// bordered, input cells unlocked and shaded, each input cell validated for what it holds
// (whole numbers ≥ 0 for counts, signed whole numbers for the 2019 本年增/减, amounts ≥ 0
// with at most 4 decimals in 万元, a year, a level from the list).
import type { CellUnit } from "@disclosure/schema";
import type { Alignment, Borders, Cell, DataValidation, Fill, Font, Worksheet } from "exceljs";
import { FORM_LEVEL_ALERT, FORM_VALUE_ALERTS } from "../wording/fill-in-form.js";

export const FONT: Partial<Font> = { name: "宋体", size: 10 };
export const TITLE_FONT: Partial<Font> = { name: "宋体", size: 14, bold: true };

const THIN = { style: "thin" as const };
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The shade of the cells to fill in. */
const INPUT_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };

/** A label cell: its text, locked (the default under sheet protection), bordered, wrapped. */
export function labelCell(cell: Cell, text: string, horizontal: Alignment["horizontal"]): void {
  cell.value = text;
  cell.font = FONT;
  cell.border = BORDER;
  cell.alignment = { horizontal, vertical: "middle", wrapText: true };
}

/** An input cell: unlocked, shaded, bordered; its value as given (blank when undefined). */
export function inputCell(cell: Cell, alignment: Partial<Alignment>, value?: string | number): void {
  if (value !== undefined) cell.value = value;
  cell.font = FONT;
  cell.border = BORDER;
  cell.fill = INPUT_FILL;
  cell.alignment = { vertical: "middle", wrapText: true, ...alignment };
  cell.protection = { locked: false };
}

/** The prompt Excel shows on an input cell: a title of at most 32 characters, a text of at most 255. */
export interface Prompt {
  readonly title: string;
  readonly text: string;
}

function alert(
  kind: CellUnit | "year",
): Pick<DataValidation, "showErrorMessage" | "errorStyle" | "errorTitle" | "error"> {
  const a = FORM_VALUE_ALERTS[kind];
  return { showErrorMessage: true, errorStyle: "stop", errorTitle: a.title, error: a.text };
}

function prompting(p?: Prompt): Pick<DataValidation, "showInputMessage" | "promptTitle" | "prompt"> {
  return p ? { showInputMessage: true, promptTitle: p.title.slice(0, 32), prompt: p.text.slice(0, 255) } : {};
}

/** The largest change the 2019 本年增/减 accepts either way. */
const MAX_CHANGE = 999_999_999;

/**
 * What a number cell at `address` accepts: a count is a whole number ≥ 0, a change a whole
 * number, 万元 a number ≥ 0 that rounding to 4 decimals leaves as it is. Blank is allowed.
 * @example numberValidation("wan", "C19").formulae //=> ["AND(ISNUMBER(C19),C19>=0,ROUND(C19,4)=C19)"]
 */
export function numberValidation(unit: CellUnit, address: string, prompt?: Prompt): DataValidation {
  const base = { allowBlank: true, ...alert(unit), ...prompting(prompt) };
  if (unit === "count") return { ...base, type: "whole", operator: "greaterThanOrEqual", formulae: [0] };
  if (unit === "signedCount") {
    return { ...base, type: "whole", operator: "between", formulae: [-MAX_CHANGE, MAX_CHANGE] };
  }
  const a = address;
  return { ...base, type: "custom", formulae: [`AND(ISNUMBER(${a}),${a}>=0,ROUND(${a},4)=${a})`] };
}

/** The year: a whole number from 2008 to 2100. */
export function yearValidation(): DataValidation {
  return { allowBlank: true, type: "whole", operator: "between", formulae: [2008, 2100], ...alert("year") };
}

/** One of the words listed (a drop-down list). */
export function listValidation(words: readonly string[]): DataValidation {
  return {
    allowBlank: true,
    type: "list",
    formulae: [`"${words.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: FORM_LEVEL_ALERT.title,
    error: FORM_LEVEL_ALERT.text,
  };
}

/** A text cell's prompt (the longest text a cell holds, so that only the prompt shows). */
export function textValidation(prompt: Prompt): DataValidation {
  return {
    allowBlank: true,
    type: "textLength",
    operator: "lessThanOrEqual",
    formulae: [32_767],
    ...prompting(prompt),
  };
}

/** Labels locked, the rest open: selecting, resizing rows and columns allowed; no password. */
export async function protectSheet(ws: Worksheet): Promise<void> {
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}

/** Display width of a text in Excel's character units: CJK characters count double. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1;
  return w;
}

/** Height in points of a row whose text of `width` units wraps in a column `columnWidth` units wide. */
export function wrappedHeight(width: number, columnWidth: number): number {
  const lines = Math.max(1, Math.ceil(width / Math.max(1, columnWidth - 1)));
  return Math.max(18, lines * 14 + 4);
}
