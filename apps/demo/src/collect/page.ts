// The 汇总 view: the units' files given at once (picked, a folder, or dropped), each read with
// readSubmission, rolled up with collectSubmissions (@disclosure/report-text): the units table,
// a unit's detail, the county report's findings beside its tables, and the county report handed
// to the single-report view for editing and publishing.
import {
  type Collected,
  type Submission,
  collectSubmissions,
  submissionsYear,
} from "@disclosure/report-text";
import type { Agency, Message } from "@disclosure/schema";
import type { Finding } from "@disclosure/stats";
import type { NamedFile, SkippedFile } from "../audit/files.js";
import { $, el, msgNodes } from "../dom.js";
import { wireFileTargets } from "../file-targets.js";
import { findingsView, wireShowCells } from "../findings.js";
import { issuesBox } from "../issues-view.js";
import { openInReportView } from "./open-report.js";
import { dependsOnYear, type GivenFile, readGiven } from "./read-files.js";
import { buildCollectView } from "./skeleton.js";
import { markedTables } from "./tables-view.js";
import { unitDetail } from "./unit-detail.js";
import { unitsTable } from "./units-view.js";

interface CollectState {
  files: GivenFile[];
  subs: Submission[];
  skipped: SkippedFile[];
  collected?: Collected;
  open?: number | undefined;
}

let state: CollectState = { files: [], subs: [], skipped: [] };
/** The unit chosen as the county government's own figures (本级); "" for none. */
let ownName = "";
let busy: Promise<void> = Promise.resolve();

const input = <T extends HTMLElement = HTMLInputElement>(id: string) => $<T>(`#${id}`);

function setStatus(m: Message | undefined, isBusy = false): void {
  const s = input<HTMLElement>("collect-status");
  s.replaceChildren(...(m ? msgNodes(m) : []));
  s.toggleAttribute("data-busy", isBusy);
}

/** The year typed in, when it is a whole number in range; a message beside the field otherwise. */
function typedYear(): number | undefined {
  const field = input("collect-year");
  const note = input<HTMLElement>("collect-year-error");
  if (field.value.trim() === "") {
    note.replaceChildren();
    field.removeAttribute("aria-invalid");
    return undefined;
  }
  const v = field.valueAsNumber;
  const ok = Number.isInteger(v) && v >= 2008 && v <= 2100;
  field.setAttribute("aria-invalid", String(!ok));
  note.replaceChildren(
    ...(ok
      ? []
      : msgNodes({
          zh: `年度须为 2008–2100 之间的整数，“${field.value}”不可用`,
          en: `The year must be a whole number in 2008–2100; “${field.value}” cannot be used`,
        })),
  );
  return ok ? v : undefined;
}

/** The roll-up year: the one typed in, else the one most files state. */
const rollupYear = () => typedYear() ?? submissionsYear(state.subs);

const expectedUnits = () =>
  input<HTMLTextAreaElement>("collect-expected")
    .value.split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

function countyAgency(): Agency | undefined {
  const name = input("collect-agency").value.trim();
  return name ? { name, level: "county" } : undefined;
}

/** Reads the new files, then again those that took the year from outside when it changed. */
async function readAll(added: readonly GivenFile[]): Promise<void> {
  let n = 0;
  for (const f of added) {
    n += 1;
    setStatus(
      { zh: `正在读取 ${n} / ${added.length}：${f.name}`, en: `Reading ${n} / ${added.length}: ${f.name}` },
      true,
    );
    state.files.push(f);
    state.subs.push(await readGiven(f, typedYear()));
  }
  await rereadForYear();
}

async function rereadForYear(): Promise<void> {
  const year = rollupYear();
  for (const [i, s] of state.subs.entries()) {
    const file = state.files[i];
    if (file !== undefined && dependsOnYear(s, year)) state.subs[i] = await readGiven(file, year);
  }
}

/** What the roll-up depends on, to redraw only when it changed. */
let drawnFor = "";

function recompute(): void {
  const year = rollupYear();
  const own = ownName;
  const agency = countyAgency();
  const key = JSON.stringify([
    state.subs.map((s) => s.digest + (s.year ?? "")),
    year,
    own,
    agency,
    expectedUnits(),
  ]);
  if (state.collected && key === drawnFor && state.subs.length) return;
  drawnFor = key;
  state.collected = collectSubmissions(state.subs, {
    ...(year !== undefined ? { year } : {}),
    expectedUnits: expectedUnits(),
    ...(own ? { own } : {}),
    ...(agency ? { agency } : {}),
  });
  render();
}

/** Runs one change after the other (files read, options changed), then draws. */
function queue(job: () => Promise<void>): void {
  busy = busy.then(job).then(recompute, (e: unknown) => {
    const why = e instanceof Error ? e.message : String(e);
    setStatus({ zh: `出错：${why}`, en: `Failed: ${why}` });
  });
}

function addFiles(files: readonly NamedFile[], skipped: readonly SkippedFile[] = []): void {
  state.skipped.push(...skipped);
  queue(async () => {
    const given = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.file.arrayBuffer()) })),
    );
    await readAll(given);
  });
}

function summary(c: Collected): Message {
  const received = c.units.filter((u) => u.status === "received").length;
  const missing = c.units.filter((u) => u.status === "missing").length;
  const unreadable = c.units.filter((u) => u.status === "unreadable").length;
  const year = c.year === undefined ? "未定" : `${c.year}`;
  return {
    zh: `共 ${state.subs.length} 个文件；已收到 ${received} 个单位，未收到 ${missing} 个，无法读取 ${unreadable} 个；汇总年度 ${year}`,
    en: `${state.subs.length} files; ${received} units received, ${missing} missing, ${unreadable} unreadable; roll-up year ${c.year ?? "not known"}`,
  };
}

function ownOptions(c: Collected): void {
  const select = input<HTMLSelectElement>("collect-own");
  const chosen = ownName;
  const names = c.units.filter((u) => u.status === "received").map((u) => u.name);
  select.replaceChildren(
    el("option", { value: "" }, "（不单列）"),
    ...names.map((n) => el("option", { value: n, selected: n === chosen }, n)),
  );
}

function renderCounty(c: Collected): void {
  const r = c.rollup?.report;
  const counts = (s: Finding["severity"]) => c.findings.filter((f) => f.severity === s).length;
  input<HTMLElement>("collect-county-desc").replaceChildren(
    ...msgNodes(
      r
        ? {
            zh: `${r.agency.name} ${r.year} 年，${r.format} 年格式；计入 ${r.rollup?.units.length ?? 0} 个单位；错误 ${counts("error")} 条，警告 ${counts("warning")} 条`,
            en: `${r.agency.name}, ${r.year}, ${r.format} format; ${r.rollup?.units.length ?? 0} units summed; ${counts("error")} errors, ${counts("warning")} warnings`,
          }
        : {
            zh: "尚无可汇总的数据（需要文件和汇总年度）。",
            en: "Nothing to roll up yet (files and a roll-up year are needed).",
          },
    ),
  );
  input<HTMLButtonElement>("collect-open").disabled = !r;
  input<HTMLElement>("collect-findings").replaceChildren(r ? findingsView(c.findings) : "");
  input<HTMLElement>("collect-tables").replaceChildren(
    ...(r ? [markedTables(r.format, r.tables, c.findings)] : []),
  );
}

function renderDetail(): void {
  const c = state.collected;
  const u = state.open === undefined ? undefined : c?.units[state.open];
  input<HTMLElement>("collect-detail").hidden = !u;
  if (!c || !u) return;
  const about = c.findings.filter((f) => f.unit === u.name);
  const d = unitDetail(u, state.subs, about);
  input<HTMLElement>("collect-detail-h").textContent = u.name;
  input<HTMLElement>("collect-detail-desc").replaceChildren(d.description);
  input<HTMLElement>("collect-detail-findings").replaceChildren(d.findings);
  input<HTMLElement>("collect-detail-tables").replaceChildren(d.tables);
  input<HTMLButtonElement>("collect-detail-open").disabled = !d.summed?.report;
}

/** The open unit's row and button marked, the table left as it is (focus stays on the button). */
function markOpen(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>("#collect-units button[data-open-unit]")) {
    const on = Number(b.dataset.openUnit) === state.open;
    b.setAttribute("aria-pressed", String(on));
    b.closest("tr")?.classList.toggle("open", on);
  }
}

function render(): void {
  const c = state.collected;
  if (!c) return;
  setStatus(summary(c));
  ownOptions(c);
  input<HTMLElement>("collect-units-box").replaceChildren(
    unitsTable(c.units, state.subs, c.year, state.open),
    ...[
      issuesBox(
        { zh: "未读取的文件", en: "Files not read" },
        state.skipped.map((s) => ({
          code: "FILE-SKIPPED",
          severity: "warning" as const,
          file: s.name,
          message: s.reason,
        })),
        "warning",
      ),
    ].filter((x): x is HTMLElement => x !== undefined),
  );
  renderDetail();
  renderCounty(c);
}

function openCounty(): void {
  const c = state.collected;
  const r = c?.rollup?.report;
  if (!c?.rollup || !r) return;
  openInReportView({
    source: "file",
    description: {
      zh: `汇总：${r.agency.name} ${r.year} 年，${state.subs.length} 个文件、${r.rollup?.units.length ?? 0} 个单位`,
      en: `Roll-up: ${r.agency.name}, ${r.year}, ${state.subs.length} files, ${r.rollup?.units.length ?? 0} units`,
    },
    report: r,
    units: c.unitReports,
    rollup: c.rollup,
    issues: [],
    warnings: [],
  });
}

async function openUnit(): Promise<void> {
  const u = state.open === undefined ? undefined : state.collected?.units[state.open];
  const s = u?.files.map((i) => state.subs[i]).find((x) => x?.report);
  if (!s?.report) return;
  const { submissionLoaded } = await import("../file-loaded.js");
  openInReportView(await submissionLoaded(s));
}

async function fillSynthetic(): Promise<void> {
  const { syntheticCounty } = await import("@disclosure/samples");
  const year = rollupYear() ?? 2024;
  const county = syntheticCounty({ seed: 2020, year });
  input<HTMLTextAreaElement>("collect-expected").value = county.units.map((u) => u.name).join("\n");
  if (!input("collect-agency").value) input("collect-agency").value = county.county.name;
}

/** The synthetic county's files read as if given: its 33 units expected, its own figures as 本级. */
async function loadSampleFiles(): Promise<void> {
  const { syntheticFiles } = await import("./sample-files.js");
  const sample = syntheticFiles(typedYear() ?? 2024);
  input<HTMLTextAreaElement>("collect-expected").value = sample.expected.join("\n");
  ownName = sample.own;
  if (!input("collect-agency").value) input("collect-agency").value = sample.own;
  await readAll(sample.files);
}

function wireInputs(): void {
  wireFileTargets(
    { pickers: ["#collect-files", "#collect-folder"], view: "#collect-view", zone: "#collect-drop" },
    addFiles,
  );
}

function wireOptions(): void {
  input("collect-year").addEventListener("change", () => queue(rereadForYear));
  input<HTMLSelectElement>("collect-own").addEventListener("change", (e) => {
    ownName = (e.target as HTMLSelectElement).value;
    queue(async () => {});
  });
  for (const id of ["collect-agency", "collect-expected"])
    input(id).addEventListener("change", () => queue(async () => {}));
  input("collect-sample").addEventListener("click", () => queue(loadSampleFiles));
  input("collect-fill-synthetic").addEventListener("click", () => queue(fillSynthetic));
  input("collect-clear").addEventListener("click", () => {
    state = { files: [], subs: [], skipped: [] };
    ownName = "";
    queue(async () => {});
  });
  input("collect-units-box").addEventListener("click", (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>("button[data-open-unit]");
    if (!b) return;
    state.open = Number(b.dataset.openUnit);
    markOpen();
    renderDetail();
    input<HTMLElement>("collect-detail").scrollIntoView({ block: "start", behavior: "smooth" });
  });
  input("collect-detail-close").addEventListener("click", () => {
    state.open = undefined;
    markOpen();
    renderDetail();
  });
  input("collect-open").addEventListener("click", openCounty);
  input("collect-detail-open").addEventListener("click", () => void openUnit());
  wireShowCells(input("collect-findings"), input("collect-tables"));
  wireShowCells(input("collect-detail-findings"), input("collect-detail-tables"));
}

let wired = false;

/** Sets the view up (once): its parts, inputs, drop zone, options. */
export function openCollectPage(): void {
  if (wired) return;
  wired = true;
  buildCollectView($("#collect-view"));
  wireInputs();
  wireOptions();
  recompute();
}
