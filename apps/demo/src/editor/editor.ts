// The single-report view as an editor: typing into a figure cell or a section's text area
// (moving through the cells with Enter and the arrows) changes the report at once (a bad figure is refused at the cell, never stored), every
// change can be undone and redone (buttons, Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z or Ctrl+Y outside
// text fields), 恢复原始数据 goes back to the report as opened, and the work is kept in the
// browser after every change. `onChange` gets the report after each change.
import type { CellUnit, Report, SectionId, TableId, Message } from "@disclosure/schema";
import { $, el, msgNodes } from "../dom.js";
import { inputText } from "../table.js";
import { readCellInput } from "./cell-input.js";
import { cellValue, withCell, withSection } from "./edit-report.js";
import {
  type History,
  canRedo,
  canUndo,
  discard,
  edit,
  isEdited,
  redo,
  seal,
  startHistory,
  undo,
} from "./history.js";
import { wireGridKeys } from "./grid-keys.js";
import { fillSectionEditors, sectionShown } from "./sections.js";
import { type WorkOrigin, saveWork } from "./store.js";

export interface EditorHost {
  /** Where the tables are (inputs with data-key). */
  readonly tables: HTMLElement;
  /** Where the section text areas are. */
  readonly sections: HTMLElement;
  /** The report after a change (an edit, undo, redo, discard). */
  readonly onChange: (report: Report) => void;
}

let host: EditorHost | undefined;
let history: History | undefined;
let origin: WorkOrigin | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** The report being edited. */
export function editedReport(): Report | undefined {
  return history?.current;
}

/** Starts editing a report (a fresh history, or one restored). */
export function startEditing(h: EditorHost, o: WorkOrigin, restored?: History): void {
  host = h;
  origin = o;
  history = restored;
  updateBar();
}

/**
 * Starts editing a newly opened report: its history begins with it, and it is kept at once
 * (in place of the work kept before), so that a reload opens it again.
 */
export function openForEditing(h: EditorHost, o: WorkOrigin, report: Report): void {
  startEditing(h, o, startHistory(report));
  keep();
}

/** Whether the report on screen differs from the one opened. */
export function hasEdits(): boolean {
  return !!history && isEdited(history);
}

function keep(): void {
  if (saveTimer) clearTimeout(saveTimer);
  setNote(undefined);
  saveTimer = setTimeout(() => {
    if (!history || !origin) return;
    const h = history;
    void saveWork({
      version: 1,
      origin,
      base: h.base,
      current: h.current,
      past: h.past,
      future: h.future,
      savedAt: new Date().toISOString(),
    }).then((ok) => {
      const note = document.getElementById("edit-saved");
      if (note) note.dataset.saved = String(ok);
      setNote(
        ok
          ? { zh: "已保存在本浏览器", en: "Kept in this browser" }
          : { zh: "本浏览器未能保存", en: "This browser could not keep it" },
      );
    });
  }, 150);
}

function setNote(m: Message | undefined): void {
  const note = document.getElementById("edit-saved");
  note?.replaceChildren(...(m ? msgNodes(m) : []));
}

function updateBar(): void {
  const h = history;
  const set = (id: string, on: boolean) => {
    const b = document.getElementById(id) as HTMLButtonElement | null;
    if (b) b.disabled = !on;
  };
  set("edit-undo", !!h && canUndo(h));
  set("edit-redo", !!h && canRedo(h));
  set("edit-discard", !!h && isEdited(h));
  document.body.dataset.edited = String(!!h && isEdited(h));
}

function changed(next: History): void {
  history = next;
  updateBar();
  keep();
  host?.onChange(next.current);
}

// --- Cells --------------------------------------------------------------------------------

function cellError(td: HTMLElement, input: HTMLInputElement, m: Message | undefined): void {
  td.querySelector(".cell-error")?.remove();
  input.toggleAttribute("aria-invalid", !!m);
  td.toggleAttribute("data-invalid", !!m);
  if (!m) {
    input.removeAttribute("aria-describedby");
    return;
  }
  const id = `err-${input.dataset.key?.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  input.setAttribute("aria-describedby", id);
  td.append(el("span", { class: "cell-error", id, role: "alert" }, ...msgNodes(m, { block: true })));
}

function onCellInput(input: HTMLInputElement): void {
  const h = history;
  const key = input.dataset.key;
  const td = input.closest<HTMLElement>("td");
  if (!h || !key || !td) return;
  const [table, row, col] = key.split("|") as [TableId, string, string];
  const read = readCellInput(input.value, (input.dataset.unit ?? "count") as CellUnit);
  if (!read.ok) {
    cellError(td, input, read.message);
    return;
  }
  cellError(td, input, undefined);
  td.toggleAttribute("data-blank", read.value === null);
  if (cellValue(h.current, table, row, col) === read.value) return;
  changed(edit(h, withCell(h.current, table, row, col, read.value), key));
}

/** Puts a report's figures into the inputs, clearing every refused entry. */
export function fillGridInputs(root: ParentNode, report: Report): void {
  for (const input of root.querySelectorAll<HTMLInputElement>("input[data-key]")) {
    const [table, row, col] = (input.dataset.key ?? "").split("|") as [TableId, string, string];
    const v = cellValue(report, table, row, col);
    const td = input.closest<HTMLElement>("td");
    if (td) {
      cellError(td, input, undefined);
      td.toggleAttribute("data-blank", v === null);
    }
    const text = inputText(v);
    if (input.value !== text) input.value = text;
  }
}

// --- Sections -----------------------------------------------------------------------------

function onSectionInput(area: HTMLTextAreaElement): void {
  const h = history;
  const id = area.dataset.section as SectionId | undefined;
  if (!h || !id) return;
  if (sectionShown(h.current, id) === area.value) return;
  changed(edit(h, withSection(h.current, id, area.value), `section:${id}`));
}

// --- Undo, redo, discard ------------------------------------------------------------------

function step(to: (h: History) => History): void {
  const h = history;
  if (!h || !host) return;
  const next = to(h);
  if (next === h) return;
  fillGridInputs(host.tables, next.current);
  fillSectionEditors(host.sections, next.current);
  changed(next);
}

export const undoEdit = () => step(undo);
export const redoEdit = () => step(redo);
export const discardEdits = () => step(discard);

function isTextField(t: EventTarget | null): boolean {
  return (
    t instanceof HTMLTextAreaElement ||
    (t instanceof HTMLInputElement && !["checkbox", "radio", "button", "file"].includes(t.type)) ||
    (t instanceof HTMLElement && t.isContentEditable)
  );
}

/** Wires the inputs, the text areas, the buttons and the keys (once). */
export function wireEditor(tables: HTMLElement, sections: HTMLElement): void {
  wireGridKeys(tables);
  tables.addEventListener("input", (e) => {
    if (e.target instanceof HTMLInputElement && e.target.dataset.key) onCellInput(e.target);
  });
  sections.addEventListener("input", (e) => {
    if (e.target instanceof HTMLTextAreaElement) onSectionInput(e.target);
  });
  for (const root of [tables, sections]) {
    root.addEventListener("focusout", () => {
      if (history) history = seal(history);
    });
  }
  $("#edit-undo").addEventListener("click", undoEdit);
  $("#edit-redo").addEventListener("click", redoEdit);
  $("#edit-discard").addEventListener("click", discardEdits);
  document.addEventListener("keydown", (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target)) return;
    if (document.querySelector("dialog[open]")) return;
    const k = e.key.toLowerCase();
    if (k === "z" && !e.shiftKey) undoEdit();
    else if ((k === "z" && e.shiftKey) || k === "y") redoEdit();
    else return;
    e.preventDefault();
  });
}
