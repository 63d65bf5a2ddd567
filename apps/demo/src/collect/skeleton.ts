// The 汇总 view's parts, built once with DOM APIs when the view is first shown: the drop zone
// and file pickers, the roll-up's options (year, 本级, agency, the expected units), the units
// table, a unit's detail, and the county's findings beside its tables.
import type { Message } from "@disclosure/schema";
import { el, msgNodes } from "../dom.js";

/** What the inputs accept: forms, reports, cells, records and ledgers, published reports. */
export const ACCEPT = ".xlsx,.docx,.json,.jsonl,.ndjson,.csv,.html,.htm,.txt,.md,.pdf";

const h = (tag: "h2" | "h3", id: string, m: Message) =>
  el(tag, { id }, m.zh, el("span", { class: "en", lang: "en" }, ` ${m.en}`));

function label(forId: string, m: Message): HTMLLabelElement {
  return el("label", { for: forId }, m.zh, el("span", { class: "en", lang: "en" }, ` ${m.en}`));
}

function button(id: string, m: Message, cls = "download"): HTMLButtonElement {
  return el("button", { type: "button", id, class: cls }, ...msgNodes(m));
}

function dropZone(): HTMLElement {
  return el(
    "div",
    { id: "collect-drop", class: "drop audit-drop" },
    el(
      "p",
      {},
      ...msgNodes({
        zh: "把各单位交回的文件或整个文件夹拖到这里：Excel 填报表、Word 填报表、单元格 CSV/JSON、报告 JSON、申请办理台账（CSV、JSONL、XLSX），可以混在一起。",
        en: "Drop the units' files or a whole folder here: Excel or Word forms, cells CSV/JSON, report JSON, ledgers (CSV, JSONL, XLSX), in any mix.",
      }),
    ),
    el(
      "div",
      { class: "audit-pick" },
      label("collect-files", { zh: "选择文件（可多选）", en: "Choose files" }),
      el("input", { type: "file", id: "collect-files", multiple: true, accept: ACCEPT }),
      label("collect-folder", { zh: "选择文件夹", en: "Choose a folder" }),
      el("input", { type: "file", id: "collect-folder", multiple: true, webkitdirectory: true }),
    ),
  );
}

function options(): HTMLElement {
  return el(
    "div",
    { class: "collect-options" },
    el(
      "div",
      { class: "collect-fields" },
      label("collect-year", { zh: "汇总年度", en: "Roll-up year" }),
      el("input", {
        type: "number",
        id: "collect-year",
        min: 2008,
        max: 2100,
        step: 1,
        placeholder: "按文件",
        "aria-describedby": "collect-year-error",
      }),
      el("span", { id: "collect-year-error", class: "field-error", role: "alert" }),
      label("collect-own", { zh: "本级（县政府自身的数字）", en: "Own figures (本级)" }),
      el("select", { id: "collect-own" }, el("option", { value: "" }, "（不单列）")),
      label("collect-agency", { zh: "汇总机关名称", en: "Agency of the county report" }),
      el("input", { type: "text", id: "collect-agency", placeholder: "例如：某某县人民政府" }),
    ),
    el(
      "div",
      { class: "collect-expected" },
      label("collect-expected", { zh: "应报送单位（每行一个）", en: "Units expected (one a line)" }),
      el("textarea", { id: "collect-expected", rows: 6, spellcheck: "false" }),
      el(
        "div",
        { class: "step-actions" },
        button("collect-sample", {
          zh: "载入示例：合成县各单位的文件",
          en: "Try it: the synthetic county's files",
        }),
        button("collect-fill-synthetic", {
          zh: "填入合成县的 33 个单位",
          en: "The synthetic county's 33 units",
        }),
        button("collect-clear", { zh: "清空文件", en: "Clear the files" }),
      ),
    ),
  );
}

function unitsSection(): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "collect-units-h" },
    h("h2", "collect-units-h", { zh: "各单位", en: "Units" }),
    el(
      "p",
      { class: "note" },
      ...msgNodes({
        zh: "点击单位名称查看该单位的表格和问题。",
        en: "Click a unit's name for its tables and findings.",
      }),
    ),
    el("section", {
      class: "scroll",
      "data-scroll-region": true,
      "aria-label": "单位列表",
      id: "collect-units-box",
    }),
  );
}

function detailSection(): HTMLElement {
  return el(
    "section",
    { id: "collect-detail", "aria-labelledby": "collect-detail-h", hidden: true },
    el(
      "div",
      { class: "audit-detail-head" },
      el("h3", { id: "collect-detail-h" }, "单位"),
      button("collect-detail-open", { zh: "在单份报告视图中打开", en: "Open in the single-report view" }),
      button("collect-detail-close", { zh: "关闭", en: "Close" }),
    ),
    el("div", { id: "collect-detail-desc" }),
    el(
      "div",
      { class: "audit-detail-grid collect-grid" },
      el("div", { id: "collect-detail-findings" }),
      el("div", { id: "collect-detail-tables" }),
    ),
  );
}

function countySection(): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "collect-county-h", id: "collect-county" },
    h("h2", "collect-county-h", { zh: "全县汇总与检查", en: "The county's roll-up, checked" }),
    el("p", { id: "collect-county-desc", class: "sub" }),
    el(
      "div",
      { class: "step-actions" },
      button("collect-open", {
        zh: "在单份报告视图中打开（编辑、发布）",
        en: "Open in the single-report view (edit, publish)",
      }),
    ),
    el(
      "div",
      { class: "audit-detail-grid collect-grid" },
      el("div", { id: "collect-findings" }),
      el("div", { id: "collect-tables" }),
    ),
  );
}

/** Fills the view's <main> with its parts. */
export function buildCollectView(main: HTMLElement): void {
  main.replaceChildren(
    h("h2", "collect-h", { zh: "汇总各单位填报", en: "Collecting the units' figures" }),
    el(
      "p",
      { class: "note" },
      ...msgNodes({
        zh: "一次放入各单位交回的全部文件：逐个读出单位、年度和格式，对照应报送单位列出未收到的，重复的只计一次，再与本级一起汇总成全县报告并逐项检查。文件只在本机浏览器中读取，不会上传。",
        en: "Put in all the files the units sent back: each is read for its unit, year and format, missing units are listed against the expected ones, a repeated file counts once, and with the county's own figures they are rolled up into the county report and checked. Files are read in this browser only, never uploaded.",
      }),
    ),
    dropZone(),
    options(),
    el("p", { id: "collect-status", class: "status", role: "status", "aria-live": "polite" }),
    unitsSection(),
    detailSection(),
    countySection(),
  );
}
