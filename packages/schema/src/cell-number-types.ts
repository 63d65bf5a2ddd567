// The result of reading a cell as a number: the value or the failure, with every warning.

/** A user-facing text, Chinese first with its English twin. */
export interface CellNumberMessage {
  readonly zh: string;
  readonly en: string;
}

/** Codes of the normalisations {@link readCellNumber} reports. */
export type CellNumberWarningCode =
  /** a byte-order mark (U+FEFF) was removed */
  | "BOM"
  /** leading/trailing or inner spaces (also U+3000, NBSP, zero-width) were removed */
  | "WHITESPACE"
  /** full-width characters (０-９, －, ＋, ，, ．) were read as half-width */
  | "FULLWIDTH"
  /** thousands separators were removed (1,234 → 1234) */
  | "THOUSANDS"
  /** Chinese numerals were read (四万 → 40000) */
  | "CHINESE_NUMERAL"
  /** a 万/亿 multiplier was applied to digits (4万 → 40000) */
  | "MAGNITUDE"
  /** the text states an approximation (余, 多, 约, 近 …); the number is its round value */
  | "APPROX"
  /** a unit word was removed (12件 → 12, 120万元 → 120) */
  | "UNIT_STRIPPED"
  /** money in 元 (or 亿元) was converted exactly to 万元 */
  | "UNIT_CONVERTED"
  /** a sign word 增/减 was read as +/- (signed cells only) */
  | "SIGN_WORD"
  /** a "+" / 增 in front of a count was dropped */
  | "SIGN_STRIPPED"
  /** a note in brackets after the number was dropped (22（其中修订16件）) */
  | "NOTE_STRIPPED"
  /** the cell is blank (a CELL-BLANK token): null, not 0 */
  | "BLANK";

/** Codes of the reasons {@link readCellNumber} rejects a text. */
export type CellNumberErrorCode =
  /** nothing in the text reads as a number */
  | "NOT_A_NUMBER"
  /** a count with a fractional part (1.5) */
  | "NOT_INTEGER"
  /** a negative value where only non-negative values are allowed */
  | "NEGATIVE"
  /** digits separated by spaces ("1 234"): one number or two cells run together? */
  | "SPACED_DIGITS"
  /** thousands separators in the wrong places ("1,23") */
  | "BAD_THOUSANDS"
  /** a unit that does not fit the cell (元 in a count cell, 件 in a money cell) */
  | "WRONG_UNIT"
  /** a count too large to hold exactly as a JavaScript number */
  | "TOO_LARGE";

export interface CellNumberWarning {
  readonly code: CellNumberWarningCode;
  readonly message: CellNumberMessage;
}

export interface CellNumberError {
  readonly code: CellNumberErrorCode;
  readonly message: CellNumberMessage;
}

/** What kind of number a cell holds. */
export interface ReadCellNumberOptions {
  /**
   * The cell is signed (2019 本年增/减, spec/format-2019.md §2): a leading
   * "+", "-", "－", "增" or "减" is read as the sign. Default false: counts
   * are non-negative.
   */
  readonly signed?: boolean;
  /**
   * The cell is money in 万元 (fees.amountWan, procurement.amountWan):
   * decimals allowed, 元/万元/亿元 units converted exactly to 万元; a number
   * with no unit is taken to be in 万元 already. Default false: a count.
   */
  readonly money?: boolean;
}

/** A number read (or a blank cell: `value: null`), with the normalisations made. */
export interface CellNumberValue {
  /** The number in the cell's unit (counts: 件; money: 万元), or null for a blank cell. */
  readonly value: number | null;
  /**
   * The same number as an exact canonical decimal string ("25.1",
   * "40000", "-8"); absent for a blank cell. Money should be stored from
   * this string, not from `value`.
   */
  readonly normalized?: string;
  readonly warnings: readonly CellNumberWarning[];
}

/** A text that is not a number of the kind asked for. */
export interface CellNumberFailure {
  readonly error: CellNumberError;
}

export type CellNumberResult = CellNumberValue | CellNumberFailure;
