// The units table: one row a unit — name, received or 未收到, the files' types, year and
// format, its files, accepted and rejected lines, errors and warnings. Built with DOM APIs.
import type { CollectedUnit, Submission, SubmissionFileType } from "@disclosure/report-text";
import type { Message } from "@disclosure/schema";
import { el, msgNodes } from "../dom.js";

const FILE_TYPES: Readonly<Record<SubmissionFileType, string>> = {
  xlsx: "Excel",
  docx: "Word",
  pdf: "PDF",
  html: "网页",
  text: "文本",
  json: "JSON",
  jsonl: "JSON Lines",
  csv: "CSV",
};

const KINDS: Readonly<Record<Submission["kind"], Message>> = {
  form: { zh: "填报表", en: "form" },
  report: { zh: "报告数据", en: "report" },
  cells: { zh: "单元格", en: "cells" },
  records: { zh: "原始记录/台账", en: "records" },
  published: { zh: "报告文本", en: "published report" },
  unreadable: { zh: "无法读取", en: "unreadable" },
};

const STATUS: Readonly<Record<CollectedUnit["status"], Message>> = {
  received: { zh: "已收到", en: "received" },
  missing: { zh: "未收到", en: "missing" },
  unreadable: { zh: "无法读取", en: "unreadable" },
};

const HEADERS: readonly Message[] = [
  { zh: "单位", en: "Unit" },
  { zh: "状态", en: "Status" },
  { zh: "文件类型", en: "File type" },
  { zh: "年度", en: "Year" },
  { zh: "格式", en: "Format" },
  { zh: "文件", en: "Files" },
  { zh: "接受 / 拒收行", en: "Lines accepted / rejected" },
  { zh: "错误", en: "Errors" },
  { zh: "警告", en: "Warnings" },
];

function tag(m: Message, cls = ""): HTMLElement {
  return el("span", { class: `tag ${cls}`.trim() }, ...msgNodes(m));
}

/** Why a unit's files could not be used: the first error of its first file. */
function reason(u: CollectedUnit, subs: readonly Submission[]): HTMLElement | undefined {
  if (u.status !== "unreadable") return undefined;
  const issue = u.files.map((i) => subs[i]?.issues[0]).find((x) => x !== undefined);
  return issue ? el("small", { class: "reason" }, ...msgNodes(issue.message, { block: true })) : undefined;
}

/** A unit's status, the tags after it (本级, 未计入, 年度不符, 重复文件, 多份文件) and, unreadable, why. */
function statusCell(
  u: CollectedUnit,
  subs: readonly Submission[],
  year: number | undefined,
): HTMLTableCellElement {
  const cls = u.status === "received" ? "ok" : "bad";
  return el(
    "td",
    { "data-status": u.status },
    el("span", { class: `status ${cls}` }, ...msgNodes(STATUS[u.status])),
    u.own ? tag({ zh: "本级", en: "own" }) : undefined,
    u.status === "received" && !u.included ? tag({ zh: "未计入", en: "not summed" }, "bad") : undefined,
    u.year !== undefined && year !== undefined && u.year !== year
      ? tag({ zh: "年度不符", en: "other year" }, "bad")
      : undefined,
    u.repeatedFiles.length ? tag({ zh: "重复文件", en: "file given twice" }, "bad") : undefined,
    u.files.length - u.repeatedFiles.length > 1
      ? tag({ zh: "多份文件", en: "several files" }, "bad")
      : undefined,
    reason(u, subs),
  );
}

function filesCell(u: CollectedUnit, subs: readonly Submission[]): HTMLTableCellElement {
  return el(
    "td",
    { class: "files" },
    ...u.files.flatMap((i) => {
      const s = subs[i];
      if (s === undefined) return [];
      return [
        el(
          "span",
          { class: "file", "data-kind": s.kind },
          s.file,
          " ",
          el("small", {}, "（", ...msgNodes(KINDS[s.kind]), "）"),
        ),
      ];
    }),
  );
}

const num = (v: number | undefined) => (v === undefined ? "" : String(v));

/** The units table; a unit's name is a button (`data-open-unit`, its index) when it has files. */
export function unitsTable(
  units: readonly CollectedUnit[],
  subs: readonly Submission[],
  year: number | undefined,
  open: number | undefined,
): HTMLTableElement {
  const head = el(
    "thead",
    {},
    el("tr", {}, ...HEADERS.map((h) => el("th", { scope: "col" }, ...msgNodes(h)))),
  );
  const body = el(
    "tbody",
    {},
    ...units.map((u, i) =>
      el(
        "tr",
        { "data-unit": u.name, "data-status": u.status, class: i === open ? "open" : undefined },
        el(
          "th",
          { scope: "row" },
          u.files.length
            ? el(
                "button",
                { type: "button", class: "link", "data-open-unit": i, "aria-pressed": String(i === open) },
                u.name,
              )
            : u.name,
        ),
        statusCell(u, subs, year),
        el("td", {}, u.fileTypes.map((t) => FILE_TYPES[t]).join("、")),
        el("td", { class: "num", "data-year": num(u.year) }, num(u.year)),
        el("td", {}, u.format ? `${u.format}` : ""),
        filesCell(u, subs),
        el(
          "td",
          { class: "num", "data-accepted": num(u.accepted), "data-rejected": num(u.rejected) },
          u.accepted === undefined ? "" : `${u.accepted} / ${u.rejected ?? 0}`,
        ),
        el("td", { class: "num" }, String(u.errors)),
        el("td", { class: "num" }, String(u.warnings)),
      ),
    ),
  );
  return el("table", { class: "data collect-units", id: "collect-units" }, head, body);
}
