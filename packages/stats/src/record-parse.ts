// Validation of one raw record (an application, a case, a document, a decision count, a
// fee, a proactive item) against the zod schemas of @disclosure/schema, with every problem
// turned into a located bilingual Issue. Plain application records — the bulk of any
// county's data — take a hand-written path that accepts exactly what the schema accepts
// for their few simple fields; everything else goes through zod.
import {
  ApplicantTypeSchema,
  ApplicationChannelSchema,
  ApplicationRecordSchema,
  ApplicationResultSchema,
  CaseRecordSchema,
  DecisionCountSchema,
  DocumentRecordSchema,
  FeeRecordSchema,
  fromZodIssues,
  type Issue,
  type Location,
  ProactiveItemSchema,
  type RawRecord,
  unknownKeyIssues,
} from "@disclosure/schema";
import { didYouMean } from "@disclosure/schema/internal";
import { ledgerField } from "./ledger";

/** The `type` tag of a raw record. */
export type RecordType = RawRecord["type"];

export const RECORD_TYPES: readonly RecordType[] = [
  "application",
  "case",
  "document",
  "decisions",
  "fee",
  "proactive",
];

const SCHEMAS = {
  application: ApplicationRecordSchema,
  case: CaseRecordSchema,
  document: DocumentRecordSchema,
  decisions: DecisionCountSchema,
  fee: FeeRecordSchema,
  proactive: ProactiveItemSchema,
} as const;

const TYPE_NAMES: Record<RecordType, string> = {
  application: "政府信息公开申请",
  case: "行政复议、行政诉讼案件",
  document: "规章、规范性文件",
  decisions: "处理决定数量",
  fee: "行政事业性收费",
  proactive: "主动公开信息",
};

/**
 * Where a record is: a file and line (readers; with `sheet`, a worksheet's row), or its
 * position in an iterable (0-based).
 */
export interface RecordLocation {
  file?: string | undefined;
  /** The worksheet of a workbook the record's row is in; `line` is then the row's number. */
  sheet?: string | undefined;
  line?: number | undefined;
  index?: number | undefined;
}

/** How items and ids name where a record came from: the file, and a workbook's sheet in it (`台账.xlsx 工作表“2021年”`). */
export function recordSourceName(loc: RecordLocation): string | undefined {
  return loc.sheet === undefined || loc.file === undefined ? loc.file : `${loc.file} 工作表“${loc.sheet}”`;
}

/** A field a record schema does not know: its path (`fee.extra`) and the field it probably meant. */
export interface UnknownField {
  field: string;
  suggestion?: string;
}

export type ParsedRecord =
  | { ok: true; record: RawRecord; unknownFields?: UnknownField[] }
  | { ok: false; issues: Issue[]; unknownFields?: UnknownField[] };

/** The field of a record an issue is about, as the JSON path within the record (`["fee", "paidDate"]`). */
export function fieldPath(issue: Issue): readonly (string | number)[] {
  return issue.location?.kind === "json" ? issue.location.path : [];
}

/**
 * Where a record's field is: the worksheet's row with the field as its column when the record
 * came from a workbook, the file's line with the field (`fee.paidDate`) when it came from a
 * file, else the JSON path `[index, ...field]`; the file alone when nothing else is known.
 */
export function recordLocation(
  loc: RecordLocation,
  field: readonly (string | number)[],
): Location | undefined {
  if (loc.sheet !== undefined && loc.line !== undefined) {
    return {
      kind: "sheet",
      file: loc.file,
      sheet: loc.sheet,
      row: loc.line,
      ...(field.length ? { column: field.join(".") } : {}),
    };
  }
  if (loc.line !== undefined) {
    return {
      kind: "text",
      file: loc.file,
      line: loc.line,
      ...(field.length ? { field: field.join(".") } : {}),
    };
  }
  if (loc.index !== undefined) return { kind: "json", file: loc.file, path: [loc.index, ...field] };
  if (field.length) return { kind: "json", file: loc.file, path: field };
  return loc.file === undefined ? undefined : { kind: "file", file: loc.file };
}

/**
 * An issue located at a record field (the JSON path of its own location, if any): a text
 * location (file, line, field) when the record came from a file, else the JSON path
 * `[index, ...field]`.
 */
export function locate(issue: Issue, loc: RecordLocation): Issue {
  const location = recordLocation(loc, fieldPath(issue));
  return location ? { ...issue, location } : issue;
}

/** An issue about one record, located. */
export function recordIssue(
  code: string,
  zh: string,
  en: string,
  loc: RecordLocation,
  field: readonly (string | number)[] = [],
  value?: unknown,
  severity: "error" | "warning" = "error",
): Issue {
  const issue: Issue = { code, severity, message: { zh, en }, ...(value === undefined ? {} : { value }) };
  const location = recordLocation(loc, field);
  return location ? { ...issue, location } : issue;
}

/**
 * The type of a record without a `type` field, from the field only that type requires:
 * receivedDate → application, filedDate → case, issuedDate → document, count → decisions,
 * amountYuan → fee, title + date → proactive.
 * @example inferRecordType({ id: "YC-GAJ-FEE-2021-01", amountYuan: 26000, date: "2021-01-31" }) //=> "fee"
 */
export function inferRecordType(o: Record<string, unknown>): RecordType | undefined {
  if ("receivedDate" in o) return "application";
  if ("filedDate" in o) return "case";
  if ("issuedDate" in o) return "document";
  if ("count" in o) return "decisions";
  if ("amountYuan" in o) return "fee";
  if ("title" in o && "date" in o) return "proactive";
  return undefined;
}

const APPLICANT_SET = new Set<string>(ApplicantTypeSchema.options);
const RESULT_SET = new Set<string>(ApplicationResultSchema.options);
const CHANNEL_SET = new Set<string>(ApplicationChannelSchema.options);
const SIMPLE_APPLICATION_KEYS = new Set([
  "type",
  "id",
  "unit",
  "receivedDate",
  "applicantType",
  "result",
  "completedDate",
  "channel",
  "subject",
  "applicantId",
  "onTheSpot",
]);

/**
 * A calendar date `YYYY-MM-DD` as the integer YYYYMMDD, or -1 when the text is not a real
 * date — the same dates zod's `z.iso.date()` accepts (proleptic Gregorian leap years).
 * @example dateNumber("2024-02-29") //=> 20240229
 */
export function dateNumber(s: string): number {
  if (s.length !== 10) return -1;
  return dateNumberAt(s, 0, 10);
}

/** {@link dateNumber} of `text.slice(start, end)` without slicing. */
export function dateNumberAt(text: string, start: number, end: number): number {
  if (end - start !== 10) return -1;
  let y = 0;
  for (let i = start; i < start + 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    y = y * 10 + c;
  }
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45) return -1;
  const m1 = text.charCodeAt(start + 5) - 48;
  const m2 = text.charCodeAt(start + 6) - 48;
  const d1 = text.charCodeAt(start + 8) - 48;
  const d2 = text.charCodeAt(start + 9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1) return -1;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (d > dim) return -1;
  return y * 10000 + m * 100 + d;
}

/**
 * An application record with only simple fields, validated without zod; undefined when the
 * record needs the full schema (nested fields, unknown keys, any invalid value).
 */
function simpleApplication(o: Record<string, unknown>): RawRecord | undefined {
  for (const k in o) if (!SIMPLE_APPLICATION_KEYS.has(k)) return undefined;
  const {
    type,
    id,
    unit,
    receivedDate,
    applicantType,
    result,
    completedDate,
    channel,
    subject,
    applicantId,
  } = o;
  if (type !== undefined && type !== "application") return undefined;
  if (typeof id !== "string" || id.length === 0) return undefined;
  if (typeof receivedDate !== "string" || dateNumber(receivedDate) < 0) return undefined;
  if (typeof applicantType !== "string" || !APPLICANT_SET.has(applicantType)) return undefined;
  if (result !== undefined && (typeof result !== "string" || !RESULT_SET.has(result))) return undefined;
  if (completedDate !== undefined && (typeof completedDate !== "string" || dateNumber(completedDate) < 0)) {
    return undefined;
  }
  if (channel !== undefined && (typeof channel !== "string" || !CHANNEL_SET.has(channel))) return undefined;
  if (unit !== undefined && typeof unit !== "string") return undefined;
  if (subject !== undefined && typeof subject !== "string") return undefined;
  if (applicantId !== undefined && typeof applicantId !== "string") return undefined;
  if (o.onTheSpot !== undefined && typeof o.onTheSpot !== "boolean") return undefined;
  return { ...o, type: "application" } as RawRecord;
}

/**
 * Validates one raw record: its type comes from its `type` field, else from `defaultType`,
 * else from its fields ({@link inferRecordType}). Never throws; a rejected record comes
 * with every problem located at its field (`file`, `line`, `column` = field path, or the
 * JSON path `[index, field]`). Fields the schema does not know are dropped and named in
 * `unknownFields` so the caller can warn once.
 *
 * @example
 * parseRecord({ id: "YC-CZJ-2021-1", receivedDate: "2021-02-30", applicantType: "naturalPerson" }, { file: "财政局.jsonl", line: 3 });
 * //=> { ok: false, issues: [{ code: "SCHEMA-INVALID-FORMAT", file: "财政局.jsonl", line: 3, column: "receivedDate",
 * //      message: { zh: "receivedDate 格式无效，日期应为 YYYY-MM-DD", … } }] }
 */
export function parseRecord(
  input: unknown,
  loc: RecordLocation = {},
  defaultType?: RecordType,
): ParsedRecord {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        recordIssue(
          "RECORD-NOT-OBJECT",
          "记录应为对象（键值对）",
          "a record must be an object (key–value pairs)",
          loc,
          [],
          Array.isArray(input) ? "[…]" : input,
        ),
      ],
    };
  }
  const o = input as Record<string, unknown>;
  let type: RecordType | undefined;
  if (o.type !== undefined) {
    if (typeof o.type === "string" && (RECORD_TYPES as readonly string[]).includes(o.type)) {
      type = o.type as RecordType;
    } else {
      return {
        ok: false,
        issues: [
          recordIssue(
            "RECORD-TYPE-UNKNOWN",
            `记录类型 ${JSON.stringify(o.type)} 无效，应为：${RECORD_TYPES.join(" / ")}`,
            `record type ${JSON.stringify(o.type)} is not one of: ${RECORD_TYPES.join(" / ")}`,
            loc,
            ["type"],
            o.type,
          ),
        ],
      };
    }
  } else {
    type = defaultType ?? inferRecordType(o);
    if (!type) {
      return {
        ok: false,
        issues: [
          recordIssue(
            "RECORD-TYPE-MISSING",
            "记录没有 type 字段，也无法从字段判断其类型（申请应有 receivedDate，案件应有 filedDate，文件应有 issuedDate）",
            "the record has no type field and its type cannot be told from its fields (an application has receivedDate, a case filedDate, a document issuedDate)",
            loc,
            ["type"],
          ),
        ],
      };
    }
  }
  if (type === "application") {
    const simple = simpleApplication(o);
    if (simple) return { ok: true, record: simple };
  }
  return parseWithSchema(o, type, loc);
}

/** Removes the fields at `paths` from a copy of the record (nested ones from copies of their objects). */
function withoutFields(
  o: Record<string, unknown>,
  paths: readonly (readonly (string | number)[])[],
): Record<string, unknown> {
  const out = { ...o };
  for (const path of paths) {
    let target: Record<string, unknown> = out;
    for (const key of path.slice(0, -1)) {
      const next = target[key];
      if (typeof next !== "object" || next === null) break;
      target[key] = Array.isArray(next) ? [...next] : { ...next };
      target = target[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    if (last !== undefined) delete target[last];
  }
  return out;
}

/**
 * The record validated by its type's (strict) schema. Fields the schema does not know are
 * left out and named in `unknownFields`, with the field each probably meant; the record is
 * judged by the rest.
 */
function parseWithSchema(o: Record<string, unknown>, type: RecordType, loc: RecordLocation): ParsedRecord {
  const schema = SCHEMAS[type];
  const input = o.type === undefined ? { ...o, type } : o;
  let parsed = schema.safeParse(input);
  let unknownFields: UnknownField[] | undefined;
  if (!parsed.success && parsed.error.issues.some((zi) => zi.code === "unrecognized_keys")) {
    const unknown = parsed.error.issues
      .filter((zi) => zi.code === "unrecognized_keys")
      .flatMap((zi) => unknownKeyIssues(zi, { schema, input }));
    unknownFields = unknown.map((i) => ({
      field: fieldPath(i).join("."),
      ...(i.suggestion ? { suggestion: i.suggestion } : {}),
    }));
    parsed = schema.safeParse(
      withoutFields(
        input,
        unknown.map((i) => fieldPath(i)),
      ),
    );
  }
  const extra = unknownFields ? { unknownFields } : {};
  if (parsed.success) return { ok: true, record: parsed.data as RawRecord, ...extra };
  const issues = fromZodIssues(parsed.error.issues, { schema, input }).map((issue) =>
    locate(
      {
        ...issue,
        message: {
          zh: `${TYPE_NAMES[type]}记录：${issue.message.zh}`,
          en: `${type} record: ${issue.message.en}`,
        },
      },
      loc,
    ),
  );
  return { ok: false, issues, ...extra };
}

/**
 * Warnings for the unknown fields of a record whose names `warned` has not seen yet (each
 * name is warned of once per file or tabulation), added to `warned`.
 */
export function unknownFieldWarnings(
  fields: readonly UnknownField[] | undefined,
  loc: RecordLocation,
  warned: Set<string>,
): Issue[] {
  const out: Issue[] = [];
  for (const f of fields ?? []) {
    if (warned.has(f.field)) continue;
    warned.add(f.field);
    out.push(unknownFieldIssue(f.field, loc, f.suggestion));
  }
  return out;
}

/**
 * A warning, given once per field name, that a field is not part of the record schema, with
 * the field it probably meant: "字段 recievedDate 不属于记录格式，已忽略（是否应为 receivedDate？）".
 */
export function unknownFieldIssue(field: string, loc: RecordLocation, suggestion?: string): Issue {
  const hint = didYouMean(suggestion);
  const issue = recordIssue(
    "RECORD-UNKNOWN-FIELD",
    `字段 ${field} 不属于记录格式，已忽略${hint.zh}（同名字段只提示一次）`,
    `field ${field} is not part of the record format and is ignored${hint.en} (reported once per field name)`,
    loc,
    field.split("."),
    undefined,
    "warning",
  );
  return suggestion ? { ...issue, suggestion } : issue;
}

/** The field names of raw records, but those a cells file also has (table, row, col, value). */
export const RECORD_FIELDS: ReadonlySet<string> = new Set(
  Object.values(SCHEMAS)
    .flatMap((s) => Object.keys(s.shape))
    .filter((k) => !["table", "row", "col", "value"].includes(k)),
);

/**
 * Whether a JSON Lines or CSV file that starts with `head` holds raw records rather than
 * table cells: its first line (a JSON object's keys) names a record field (`receivedDate`,
 * `type` …), or one of its first lines is a CSV header naming a record field or two columns
 * of an application ledger (收到申请日期, 申请人类型 …, below title rows) — and its first line
 * has no `table` column.
 * @example
 * looksLikeRecords('{"id":"YC-1","receivedDate":"2021-03-04","applicantType":"naturalPerson"}'); //=> true
 * looksLikeRecords('{"table":"table3","row":"received","col":"total","value":7}');              //=> false
 * looksLikeRecords("table,row,col,value\r\n…");                                                  //=> false
 * looksLikeRecords("盐池县财政局申请台账\r\n序号,收到申请日期,申请人类型,办理结果\r\n…");        //=> true
 */
export function looksLikeRecords(head: string): boolean {
  const lines = head
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .slice(0, 10);
  const first = (lines[0] ?? "").trim();
  const csvKeys = (line: string) =>
    line.split(/[,\t]/).map((k) => k.trim().replace(/^"|"$/g, "").split(".")[0] ?? "");
  if (first.startsWith("{")) {
    const keys = [...first.matchAll(/"((?:[^"\\]|\\.)*)"\s*:/g)].map((m) => m[1] ?? "");
    return !keys.includes("table") && keys.some((k) => RECORD_FIELDS.has(k));
  }
  if (csvKeys(first).includes("table")) return false;
  return lines.some((line) => {
    const keys = csvKeys(line);
    return keys.some((k) => RECORD_FIELDS.has(k)) || keys.filter((k) => ledgerField(k)).length >= 2;
  });
}
