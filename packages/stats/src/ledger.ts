// Application ledgers (政府信息公开申请办理台账) as offices keep them in Excel: Chinese column
// headers (收到申请日期, 申请人类型, 办理结果 …), Chinese values (自然人, 不予公开—属于国家秘密,
// 网上申请) and dates in any written form (2021年3月4日, 2021/3/4, an Excel day number). This
// module maps them onto the record fields and codes; the readers (records/) apply it.
//
// Applicant types and results are matched against the official labels of table 三 in the
// format definitions of @disclosure/schema; only the words offices use beside them are here.
import {
  ApplicantTypeSchema,
  ApplicationChannelSchema,
  ApplicationResultSchema,
  csvText,
  findRow,
  matchColumnLabel,
  normalizeLabel,
  type ColumnDef,
  type RowDef,
} from "@disclosure/schema";
import { CASE_GROUPS, readDateCell } from "@disclosure/schema/internal";

/** Record fields by the column headers ledgers give them (compared without spaces and punctuation). */
export const LEDGER_HEADERS: Readonly<Record<string, readonly string[]>> = {
  id: ["编号", "申请编号", "登记编号", "受理编号", "申请号", "流水号", "登记号", "申请登记号"],
  unit: ["承办单位", "办理单位", "受理单位", "受理机关", "承办机关", "办理机关", "责任单位"],
  receivedDate: [
    "收到申请日期",
    "收到申请时间",
    "申请日期",
    "申请时间",
    "受理日期",
    "受理时间",
    "登记日期",
    "收文日期",
    "收到日期",
    "申请收到日期",
  ],
  applicantType: ["申请人类型", "申请人类别", "申请主体类型", "申请人性质", "申请主体"],
  result: ["办理结果", "答复结果", "处理结果", "答复类型", "办理结果类型", "答复情况", "处理情况"],
  completedDate: [
    "答复日期",
    "答复时间",
    "办结日期",
    "办结时间",
    "回复日期",
    "回复时间",
    "告知日期",
    "答复告知日期",
    "出具答复日期",
  ],
  channel: ["申请方式", "申请渠道", "提交方式", "申请形式", "申请途径", "收件方式"],
  subject: [
    "申请内容",
    "申请事项",
    "申请公开内容",
    "所需政府信息的内容描述",
    "所需信息内容",
    "申请公开的政府信息",
  ],
  applicantId: ["申请人", "申请人姓名", "申请人名称", "申请人姓名或名称", "申请人姓名名称"],
  onTheSpot: ["是否当场答复", "当场答复"],
  "extension.workingDays": ["延期天数", "延长天数", "延长答复期限", "延期工作日", "延长期限工作日"],
  // 行政复议 and 行政诉讼 cases (table 四).
  kind: ["案件类型", "案件类别", "复议诉讼类型", "案由类型"],
  filedDate: ["立案日期", "收案日期", "申请复议日期", "起诉日期", "收到复议申请日期", "收到起诉状日期"],
  decidedDate: ["结案日期", "审结日期", "复议决定日期", "判决日期", "裁判日期", "决定日期"],
  outcome: ["审理结果", "复议结果", "案件结果", "结案结果", "裁判结果", "审结结果"],
  applicationId: ["关联申请编号", "所涉申请编号"],
};

/**
 * Sub-headers under a group label of a two-row ledger header (申请人情况 over 姓名或名称 and
 * 类型): the record field each names there.
 */
export const LEDGER_GROUPS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  ["申请人情况", "申请人信息", "申请人", "申请人基本情况"].map((g) => [
    g,
    {
      姓名或名称: "applicantId",
      姓名名称: "applicantId",
      姓名: "applicantId",
      名称: "applicantId",
      类型: "applicantType",
      类别: "applicantType",
      性质: "applicantType",
    },
  ]),
);

/** Ledger columns that hold no record field and are left out without a warning. */
export const LEDGER_IGNORED_HEADERS: readonly string[] = ["序号"];

/** Channels by the words ledgers use (compared without spaces and punctuation). */
const CHANNEL_WORDS: Readonly<Record<(typeof ApplicationChannelSchema.options)[number], readonly string[]>> =
  {
    inPerson: ["当面", "当面提交", "当面申请", "现场", "现场申请", "窗口", "窗口申请", "当面递交"],
    post: ["信函", "邮寄", "邮政", "信件", "信函申请", "邮寄申请", "挂号信", "快递"],
    online: [
      "网络",
      "网上",
      "在线",
      "互联网",
      "网上申请",
      "在线申请",
      "网络申请",
      "政府网站",
      "网站",
      "政务服务网",
    ],
    fax: ["传真", "传真申请"],
    email: ["电子邮件", "电子邮箱", "邮件", "email", "E-mail", "电子邮件申请"],
    phone: ["电话", "电话申请"],
    other: ["其他", "其它"],
  };

/** Applicant types by words ledgers use beside the official column labels of table 三. */
const APPLICANT_WORDS: Readonly<Record<(typeof ApplicantTypeSchema.options)[number], readonly string[]>> = {
  naturalPerson: ["个人", "公民", "自然人申请"],
  commercial: ["企业", "公司", "企业法人"],
  research: ["科研单位", "研究机构"],
  publicInterest: ["公益组织"],
  legalService: ["律师事务所", "律师", "法律服务"],
  otherOrganization: ["其他组织", "其他法人或其他组织"],
};

/** The text of a ledger cell for matching: no spaces, punctuation, brackets or dashes. */
function key(text: string): string {
  return normalizeLabel(text)
    .replace(/[\s\-—–－_:：,，、;；/／|()（）[\]【】"“”'‘’.。]/gu, "")
    .toLowerCase();
}

const wordIndexes = new WeakMap<object, Map<string, string>>();

/** A table of words by code as one lookup by matching key (built once per table). */
function wordIndex(table: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  let index = wordIndexes.get(table);
  if (!index) {
    index = new Map();
    for (const [code, words] of Object.entries(table)) for (const w of words) index.set(key(w), code);
    wordIndexes.set(table, index);
  }
  return index;
}

/** The record field a ledger column header names, "" for a column to leave out, undefined when unknown. */
export function ledgerField(header: string): string | undefined {
  const k = key(header);
  if (k === "") return undefined;
  if (LEDGER_IGNORED_HEADERS.some((h) => key(h) === k)) return "";
  return wordIndex(LEDGER_HEADERS).get(k);
}

/** A table 三 column of applicants (自然人, 商业企业 …), with its group path (申请人情况 › 法人或其他组织). */
function applicantColumn(code: string): ColumnDef | undefined {
  return findRow("2021", "table3", "received")?.block.columns.find((c) => c.code === code);
}

/** A table 四 column (`review.upheld`, `litigationDirect.total` …). */
function caseColumn(code: string): ColumnDef | undefined {
  return findRow("2021", "table4", "cases")?.block.columns.find((c) => c.code === code);
}

/** A result row of table 三, and the text of its group below 三、本年度办理结果 (不予公开), if any. */
function resultRow(code: string): { row: RowDef; group?: string } | undefined {
  const found = findRow("2021", "table3", code);
  if (!found) return undefined;
  const { row, block } = found;
  const group = row.path.length > 1 ? block.groups.find((g) => g.code === row.parent)?.text : undefined;
  return group ? { row, group } : { row };
}

/** A label without its parenthesised note: 部分公开（区分处理的…） → 部分公开. */
const withoutNote = (text: string) => text.replace(/[（(][^）)]*[）)]/gu, "");

let resultIndex: Map<string, string | null> | undefined;

/** Forms of every result: its label's text (with and without a parenthesised note), with its group's. */
function results(): Map<string, string | null> {
  if (resultIndex) return resultIndex;
  const index = new Map<string, string | null>();
  const add = (form: string, code: string) => {
    const k = key(form);
    if (!k) return;
    const seen = index.get(k);
    // A form two results share (其他 of several groups) names neither.
    index.set(k, seen === undefined || seen === code ? code : null);
  };
  for (const code of ApplicationResultSchema.options) {
    const r = resultRow(code);
    if (!r) continue;
    const texts = [r.row.text, ...(r.row.aliases ?? [])];
    for (const t of [...texts, ...texts.map(withoutNote), r.row.label]) {
      add(t, code);
      if (r.group) add(`${r.group}${t}`, code);
    }
  }
  resultIndex = index;
  return index;
}

/**
 * The result code a ledger's 办理结果 cell names: a code, the official label of table 三 (with
 * or without its numbering and note), or its group and label together (不予公开—属于国家秘密,
 * 其他处理（其他）); undefined when it names none or several.
 * @example ledgerResult("不予公开（属于国家秘密）") //=> "withheld.stateSecret"
 * @example ledgerResult("部分公开") //=> "partlyGranted"
 */
export function ledgerResult(text: string): string | undefined {
  const t = text.trim();
  if ((ApplicationResultSchema.options as readonly string[]).includes(t)) return t;
  return results().get(key(t)) ?? undefined;
}

/**
 * The applicant type a ledger's 申请人类型 cell names: a code, a column label of table 三
 * (商业企业, 法人或其他组织—科研机构) or a usual word (个人, 企业, 律师事务所).
 * @example ledgerApplicantType("法人或其他组织-商业企业") //=> "commercial"
 */
export function ledgerApplicantType(text: string): string | undefined {
  const t = text.trim();
  if ((ApplicantTypeSchema.options as readonly string[]).includes(t)) return t;
  const official = matchColumnLabel("2021", "table3", "received", t);
  if (official && official !== "total") return official;
  const k = key(t);
  // 法人或其他组织—商业企业, or with 申请人情况 before it: the kind after its group.
  const groups = (applicantColumn("commercial")?.path ?? []).map(key);
  for (const prefix of [groups.join(""), groups.at(-1) ?? ""]) {
    if (!prefix || !k.startsWith(prefix) || k === prefix) continue;
    const sub = matchColumnLabel("2021", "table3", "received", k.slice(prefix.length));
    if (sub && sub !== "total" && sub !== "naturalPerson") return sub;
  }
  return wordIndex(APPLICANT_WORDS).get(k);
}

/**
 * The channel a ledger's 申请方式 cell names: a code or a usual word (当面, 信函, 网上申请, 传真, 电子邮件).
 * @example ledgerChannel("网上申请") //=> "online"
 */
export function ledgerChannel(text: string): string | undefined {
  const t = text.trim();
  if ((ApplicationChannelSchema.options as readonly string[]).includes(t)) return t;
  return wordIndex(CHANNEL_WORDS).get(key(t));
}

/** A date cell as `YYYY-MM-DD` when it is written in another form (2021年3月4日, 2021/3/4, an Excel day number). */
export function ledgerDate(text: string): string | undefined {
  const r = readDateCell(text);
  return r.ok ? r.date : undefined;
}

/**
 * What a ledger may write in a column whose value was not recognised, in the ledger's terms
 * (the official labels of table 三, the usual channel words); undefined for other fields.
 */
export function ledgerHint(field: string): { zh: string; en: string } | undefined {
  if (field === "applicantType") {
    const labels = ApplicantTypeSchema.options.map((c) => applicantColumn(c)?.label ?? c);
    const organization = applicantColumn("commercial")?.path.at(-1) ?? "";
    return {
      zh: `应为表三的申请人类别之一：${labels.join("、")}（${organization}须写明类别）`,
      en: `one of table 三's applicant kinds: ${labels.join(", ")} (${organization}: say which kind)`,
    };
  }
  if (field === "result") {
    const heading = resultRow("granted")?.row.path[0] ?? "";
    const examples = ["granted", "partlyGranted", "withheld.stateSecret", "unavailable.notHeld"].map(
      resultWords,
    );
    return {
      zh: `应为表三“${heading}”中的一项，可连同所属类别书写，如${examples.map((e) => `“${e}”`).join("")}`,
      en: `one of the results of table 三 (${heading}), with its group or without, e.g. ${examples.join(", ")}`,
    };
  }
  if (field === "kind") {
    const kinds = CASE_GROUPS.map((g) => casePath(g).join("—"));
    return {
      zh: `应为表四的案件类别之一：${kinds.join("、")}`,
      en: `one of table 四's case kinds: ${kinds.join(", ")}`,
    };
  }
  if (field === "outcome") {
    const labels = CASE_OUTCOMES.map((c) => caseColumn(`review.${c}`)?.label ?? c);
    return {
      zh: `应为表四的结果之一：${labels.join("、")}`,
      en: `one of table 四's outcomes: ${labels.join(", ")}`,
    };
  }
  if (field === "channel") {
    const words = Object.values(CHANNEL_WORDS).map((w) => w[0]);
    return { zh: `应为：${words.join("、")}`, en: `one of: ${words.join(", ")}` };
  }
  return undefined;
}

/** Table 四's column path of a case group, group label first (行政诉讼 › 未经复议直接起诉). */
function casePath(group: string): readonly string[] {
  return caseColumn(`${group}.total`)?.path ?? [];
}

/** The outcome columns of a table 四 group, 尚未审结 last. */
const CASE_OUTCOMES = ["upheld", "corrected", "other", "pending"] as const;

/**
 * The case kind a ledger's 案件类型 cell names, by table 四's column groups: 行政复议; 行政诉讼
 * with 未经复议直接起诉 or 复议后起诉 (together or the second alone). A bare 行政诉讼 names
 * neither (the table keeps the two apart).
 * @example ledgerCaseKind("行政诉讼—复议后起诉") //=> "litigationAfterReview"
 */
export function ledgerCaseKind(text: string): string | undefined {
  const t = text.trim();
  if ((CASE_GROUPS as readonly string[]).includes(t)) return t;
  const k = key(t);
  for (const group of CASE_GROUPS) {
    const path = casePath(group).map(key);
    const last = path.at(-1);
    if (!last) continue;
    if (k === path.join("") || k === last || (path.length > 1 && k === `${path[0]}${last}`)) return group;
  }
  return undefined;
}

/**
 * The outcome a ledger's 审理结果 cell names, by table 四's column labels (结果维持, 结果纠正,
 * 其他结果, or 维持 / 纠正 alone); `null` for 尚未审结 (a case still pending has no outcome);
 * undefined when it names none. Words such as 驳回 or 撤销 are left to the office to place.
 * @example ledgerCaseOutcome("维持") //=> "upheld"
 */
export function ledgerCaseOutcome(text: string): string | null | undefined {
  const t = text.trim();
  if (["upheld", "corrected", "other"].includes(t)) return t;
  const k = key(t);
  for (const code of CASE_OUTCOMES) {
    const label = key(caseColumn(`review.${code}`)?.label ?? "");
    if (!label) continue;
    if (k === label || (label.startsWith("结果") && k === label.slice(2)))
      return code === "pending" ? null : code;
  }
  return undefined;
}

/** The field a sub-header names under its group label (申请人情况 › 类型), if the group is known. */
export function ledgerGroupField(group: string, sub: string): string | undefined {
  const g = Object.entries(LEDGER_GROUPS).find(([label]) => key(label) === key(group))?.[1];
  if (!g) return undefined;
  return Object.entries(g).find(([label]) => key(label) === key(sub))?.[1];
}

/** The columns `ledgerRows` writes, in order: field and header (the first of `LEDGER_HEADERS`). */
const LEDGER_COLUMNS = [
  "id",
  "unit",
  "applicantId",
  "applicantType",
  "receivedDate",
  "channel",
  "subject",
  "onTheSpot",
  "extension.workingDays",
  "result",
  "completedDate",
] as const;

/** 2021-03-04 → 2021年3月4日, as ledgers write dates. */
function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** A result as a ledger writes it: its label's text, under its group where it has one (不予公开—属于国家秘密). */
function resultWords(code: string): string {
  const r = resultRow(code);
  if (!r) return code;
  const text = withoutNote(r.row.text);
  return r.group ? `${r.group}—${text}` : text;
}

/** An applicant type as a ledger writes it: 自然人, or 法人或其他组织—商业企业. */
function applicantWords(code: string): string {
  const col = applicantColumn(code);
  if (!col) return code;
  const group = col.path.length > 1 ? col.path.at(-1) : undefined;
  return group ? `${group}—${col.label}` : col.label;
}

/**
 * Application records as the rows of a ledger (依申请公开台账) in Chinese: a header row of the
 * usual column names (编号, 承办单位, 申请人, 申请人类型, 收到申请日期 …), then one row per
 * application with its values in words — the official labels of table 三, dates as
 * 2021年3月4日. What the readers take back in (`readRecordsCsv`, `readRecordsGrid`): the law
 * that writing then reading gives back the records' ledger fields is property-tested.
 * Fields a ledger has no column for (补正, 收费, 征求意见) are not written.
 * @example ledgerRows([{ type: "application", id: "YC-1", receivedDate: "2021-03-04", applicantType: "naturalPerson" }])[1]
 * //=> ["YC-1", "", "", "自然人", "2021年3月4日", "", "", "", "", "", ""]
 */
export function ledgerRows(records: Iterable<Record<string, unknown>>): string[][] {
  const header = LEDGER_COLUMNS.map((f) => LEDGER_HEADERS[f]?.[0] ?? f);
  const rows: string[][] = [header];
  for (const r of records) {
    if (r.type !== undefined && r.type !== "application") continue;
    rows.push(
      LEDGER_COLUMNS.map((f) => {
        const v =
          f === "extension.workingDays" ? (r.extension as { workingDays?: number })?.workingDays : r[f];
        if (v === undefined || v === null) return "";
        if (f === "applicantType") return applicantWords(String(v));
        if (f === "result") return resultWords(String(v));
        if (f === "channel") return CHANNEL_WORDS[v as keyof typeof CHANNEL_WORDS]?.[0] ?? String(v);
        if (f === "receivedDate" || f === "completedDate") return chineseDate(String(v));
        if (f === "onTheSpot") return v ? "是" : "否";
        return String(v);
      }),
    );
  }
  return rows;
}

/**
 * `ledgerRows` as CSV text by `csvText` of @disclosure/schema (CRLF, cells quoted where they
 * must be, a cell a spreadsheet would run as a formula guarded with '), with a UTF-8 BOM so
 * that Excel opens it in Chinese.
 */
export function ledgerCsv(records: Iterable<Record<string, unknown>>): string {
  return csvText(ledgerRows(records));
}
