// A cell of a CSV file or worksheet as the JSON value the record schemas expect: integers,
// booleans and null where the field takes them, ledger words as codes (自然人 → naturalPerson),
// dates in any ledger form as ISO dates; what matches nothing is kept for the schema to reject.
import { parseJson } from "@disclosure/schema";
import * as ledger from "../ledger";

/** Fields that are integers, booleans or nullable in the record schemas. */
const INTEGER_FIELDS = new Set([
  "count",
  "amountYuan",
  "extension.workingDays",
  "fee.pages",
  "fee.amountYuan",
]);
const BOOLEAN_FIELDS = new Set(["onTheSpot"]);
const NULLABLE_FIELDS = new Set(["correction.receivedDate", "fee.paidDate"]);
const TRUE_WORDS = new Set(["true", "TRUE", "True", "1", "是", "Y", "y"]);
const FALSE_WORDS = new Set(["false", "FALSE", "False", "0", "否", "N", "n"]);
const NULL_WORDS = new Set(["null", "NULL", "无"]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Distinct words remembered per lookup: a ledger column holds few (a year, about 365 dates). */
const REMEMBERED = 4096;

/**
 * A lookup of ledger words that remembers its answers for the first {@link REMEMBERED}
 * distinct texts: the same few words fill a column, row after row, and matching one against
 * the official labels is the dearest step of reading a row.
 */
function remembered<T>(lookup: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    const value = lookup(text);
    if (seen.size < REMEMBERED) seen.set(text, value);
    return value;
  };
}

const ledgerDate = remembered(ledger.ledgerDate);
const ledgerApplicantType = remembered(ledger.ledgerApplicantType);
const ledgerResult = remembered(ledger.ledgerResult);
const ledgerChannel = remembered(ledger.ledgerChannel);
const ledgerCaseKind = remembered(ledger.ledgerCaseKind);
const ledgerCaseOutcome = remembered(ledger.ledgerCaseOutcome);

/**
 * A CSV cell as the JSON value the schema expects (integers, booleans, null), text otherwise.
 * Values written as ledgers write them become codes and ISO dates (自然人 → naturalPerson,
 * 2021年3月4日 → 2021-03-04); what matches nothing stays as written, for the schema to reject
 * with its location.
 */
function csvValue(field: string, text: string): unknown {
  if (/Date$/.test(field) && !ISO_DATE.test(text.trim())) {
    if (NULLABLE_FIELDS.has(field) && NULL_WORDS.has(text.trim())) return null;
    return ledgerDate(text) ?? text;
  }
  if (field === "applicantType") return ledgerApplicantType(text) ?? text;
  if (field === "result") return ledgerResult(text) ?? text;
  if (field === "channel") return ledgerChannel(text) ?? text;
  if (field === "kind") return ledgerCaseKind(text) ?? text;
  if (field === "outcome") {
    const o = ledgerCaseOutcome(text);
    return o === null ? undefined : (o ?? text); // 尚未审结: no outcome yet
  }
  if (INTEGER_FIELDS.has(field) && /^-?\d+$/.test(text.trim())) return Number(text.trim());
  if (BOOLEAN_FIELDS.has(field)) {
    if (TRUE_WORDS.has(text.trim())) return true;
    if (FALSE_WORDS.has(text.trim())) return false;
  }
  if (NULLABLE_FIELDS.has(field) && NULL_WORDS.has(text.trim())) return null;
  if (field === "consultations") {
    const t = text.trim();
    if (t.startsWith("[")) {
      // Not JSON (or a key twice): kept as written, for the schema to reject with its column.
      const parsed = parseJson(t);
      return parsed.ok ? parsed.value : t;
    }
    // 2021-03-01~2021-03-10;2021-04-01~2021-04-05
    return t.split(/[;；]/).map((r) => {
      const [from, to] = r.split(/[~～至]/).map((s) => s.trim());
      return { from, to };
    });
  }
  return text;
}

/** A CSV row as a record object: `a.b` headers become nested fields, empty cells are absent. */
export function csvObject(header: readonly string[], fields: readonly string[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const text = fields[i];
    if (text === undefined || text === "" || name === "") return;
    const value = csvValue(name, text);
    if (value === undefined) return;
    const parts = name.split(".");
    let target = o;
    for (const p of parts.slice(0, -1)) {
      if (typeof target[p] !== "object" || target[p] === null) target[p] = {};
      target = target[p] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    if (last !== undefined) target[last] = value;
  });
  return o;
}
