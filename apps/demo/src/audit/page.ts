// The 审查 page: many published reports given at once (picked, a folder, or dropped), audited
// in a Web Worker, shown as results come: progress, a sortable table of reports, the pairs of
// consecutive years, a report's findings beside its tables, the workbook and CSV to download.
import type { AuditPair } from "@disclosure/report-text";
import type { Message } from "@disclosure/schema";
import { $, download, el, msgNodes } from "../dom.js";
import { wireFileTargets } from "../file-targets.js";
import { wireShowCells } from "../findings.js";
import { type AuditedEntry, showEntry } from "./detail.js";
import { AUDIT_SHEETS, auditCsv, auditWorkbook } from "./downloads.js";
import { type NamedFile, type SkippedFile, pickReportFiles } from "./files.js";
import { pairsView } from "./pairs-view.js";
import type { FromWorker } from "./protocol.js";
import { type AuditRow, auditRow } from "./rows.js";
import { type ReportTable, reportTable } from "./report-table.js";
import { type AuditRunner, auditRunner } from "./runner.js";

interface AuditState {
  readonly entries: Map<number, AuditedEntry>;
  readonly names: Map<number, string>;
  /** The table's rows, one per entry, made as the reports come. */
  readonly rows: AuditRow[];
  pairs: AuditPair[];
  skipped: SkippedFile[];
  /** The file being read now, if any. */
  reading?: number;
  open?: number | undefined;
}

const fresh = (): AuditState => ({ entries: new Map(), names: new Map(), rows: [], pairs: [], skipped: [] });

let state = fresh();
let runner: AuditRunner | undefined;
let table: ReportTable | undefined;
let nextId = 0;
let scheduled = false;
/** How many pairs and skipped files are on screen (those parts are redrawn only when they grow). */
let drawn = { pairs: -1, skipped: -1 };

const reports = () => [...state.entries.values()].sort((a, b) => a.id - b.id).map((e) => e.report);
const running = () => state.entries.size < state.names.size;

/** Redraws at the next frame, however many results came in the meantime. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    render();
  });
}

function onMessage(m: FromWorker): void {
  if (m.type === "reading") state.reading = m.id;
  else if (m.type === "report") {
    if (!state.names.has(m.id) || state.entries.has(m.id)) return;
    state.entries.set(m.id, { id: m.id, report: m.report, ...(m.tables ? { tables: m.tables } : {}) });
    state.rows.push(auditRow(m.id, m.report));
  } else {
    state.pairs.push(m.pair);
    if (state.open !== undefined && state.entries.get(state.open)?.report.file === m.pair.current.file)
      open(state.open);
  }
  schedule();
}

function addFiles(files: readonly NamedFile[], skipped: readonly SkippedFile[] = []): void {
  const picked = pickReportFiles(files, skipped);
  state.skipped.push(...picked.skipped);
  runner ??= auditRunner(onMessage, nextId);
  for (const job of runner.add(picked.accepted)) {
    state.names.set(job.id, job.name);
    nextId = job.id + 1;
  }
  schedule();
}

function progressText(): Message {
  const done = state.entries.size;
  const total = state.names.size;
  if (!total) return { zh: "尚未选择文件。", en: "No files chosen yet." };
  if (running()) {
    const name = state.reading === undefined ? "" : (state.names.get(state.reading) ?? "");
    return {
      zh: `已审查 ${done} / ${total} 份；正在读取：${name}`,
      en: `${done} / ${total} audited; reading ${name}`,
    };
  }
  const read = state.rows.filter((r) => r.read).length;
  const withErrors = state.rows.filter((r) => (r.errors ?? 0) > 0).length;
  return {
    zh: `审查完成：共 ${total} 个文件，读出报告 ${read} 份，其中有错误的 ${withErrors} 份，未能读取 ${total - read} 个；同一机关相邻年度 ${state.pairs.length} 组`,
    en: `Done: ${total} files, ${read} read as reports (${withErrors} with errors), ${total - read} not read; ${state.pairs.length} pairs of consecutive years`,
  };
}

function skippedView(): HTMLElement | string {
  if (!state.skipped.length) return "";
  return el(
    "details",
    { class: "issue-box warning" },
    el(
      "summary",
      {},
      `未审查的文件（${state.skipped.length}）`,
      el("span", { class: "en", lang: "en" }, ` Files left out (${state.skipped.length})`),
    ),
    el(
      "ol",
      { class: "issue-list" },
      ...state.skipped.map((s) =>
        el(
          "li",
          {},
          el("span", { class: "loc" }, s.name),
          " ",
          ...msgNodes(s.reason, { always: true, block: true }),
        ),
      ),
    ),
  );
}

function render(): void {
  const done = state.entries.size;
  const total = state.names.size;
  const progress = $<HTMLProgressElement>("#audit-progress");
  progress.max = Math.max(total, 1);
  progress.value = done;
  $("#audit-count").replaceChildren(...msgNodes(progressText()));
  $("#audit-view").dataset.state = !total ? "empty" : running() ? "running" : "done";
  table?.update(state.rows);
  if (drawn.pairs !== state.pairs.length) $("#audit-pairs").replaceChildren(pairsView(state.pairs));
  if (drawn.skipped !== state.skipped.length) $("#audit-skipped").replaceChildren(skippedView());
  drawn = { pairs: state.pairs.length, skipped: state.skipped.length };
  for (const b of document.querySelectorAll<HTMLButtonElement>("#audit-downloads button"))
    b.disabled = !done || running();
}

function open(id: number): void {
  const entry = state.entries.get(id);
  if (!entry) return;
  state.open = id;
  const detail = $("#audit-detail");
  showEntry(entry, state.pairs, {
    title: $("#audit-detail-h"),
    description: $("#audit-detail-desc"),
    findings: $("#audit-findings"),
    tables: $("#audit-tables"),
  });
  detail.hidden = false;
  table?.setOpen(id);
}

function clear(): void {
  runner?.stop();
  runner = undefined;
  state = fresh();
  $("#audit-detail").hidden = true;
  render();
}

async function offer(what: string): Promise<void> {
  const f =
    what === "xlsx" ? await auditWorkbook(reports(), state.pairs) : auditCsv(reports(), state.pairs, what);
  if (f) download(f.name, f.data, f.type);
}

function wireInputs(): void {
  wireFileTargets(
    { pickers: ["#audit-files", "#audit-folder"], view: "#audit-view", zone: "#audit-drop" },
    addFiles,
  );
}

function wireDownloads(): void {
  const box = $("#audit-downloads");
  const label = (s: string): Message =>
    s === "xlsx"
      ? { zh: "审查结果（Excel 工作簿）", en: "Results (Excel workbook)" }
      : { zh: `${s}（CSV）`, en: `${s} (CSV)` };
  box.replaceChildren(
    ...["xlsx", ...AUDIT_SHEETS].map((s) =>
      el(
        "button",
        { type: "button", class: "download", "data-audit-download": s, disabled: true },
        ...msgNodes(label(s)),
      ),
    ),
  );
  box.addEventListener("click", async (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-audit-download]");
    if (!button) return;
    button.disabled = true;
    try {
      await offer(button.dataset.auditDownload ?? "");
    } finally {
      button.disabled = running();
    }
  });
}

let wired = false;

/** Sets the page up (once): inputs, drop zone, table, detail, downloads. */
export function openAuditPage(): void {
  if (wired) return;
  wired = true;
  table = reportTable($<HTMLTableElement>("#audit-table"), (id) => {
    open(id);
    $("#audit-detail").scrollIntoView({ block: "start", behavior: "smooth" });
  });
  wireInputs();
  wireDownloads();
  wireShowCells($("#audit-findings"), $("#audit-tables"));
  $("#audit-clear").addEventListener("click", clear);
  $("#audit-detail-close").addEventListener("click", () => {
    $("#audit-detail").hidden = true;
    state.open = undefined;
    table?.setOpen(undefined);
  });
  render();
}
