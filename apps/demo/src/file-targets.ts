// Where a view takes files: its pickers (files one by one, or a folder) and drops anywhere on
// the view (never opened by the browser instead), its drop zone marked while files hover.
import { filesOfDrop, filesOfInput, type NamedFile, type SkippedFile } from "./audit/files.js";
import { $ } from "./dom.js";

/** The element ids (with `#`) of a view's file pickers, the view itself and its drop zone. */
export interface FileTargets {
  pickers: readonly string[];
  view: string;
  zone: string;
}

/** Files given to a view, with those a dropped folder held that were passed over. */
export type AddFiles = (files: readonly NamedFile[], skipped?: readonly SkippedFile[]) => void;

/** Hands every file chosen or dropped on the view to `add`. */
export function wireFileTargets(targets: FileTargets, add: AddFiles): void {
  for (const id of targets.pickers) {
    const picker = $<HTMLInputElement>(id);
    picker.addEventListener("change", () => {
      if (picker.files?.length) add(filesOfInput(picker.files));
      picker.value = "";
    });
  }
  const view = $(targets.view);
  const zone = $(targets.zone);
  view.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.classList.add("over");
  });
  view.addEventListener("dragleave", (e) => {
    if (!view.contains(e.relatedTarget as Node | null)) zone.classList.remove("over");
  });
  view.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("over");
    if (e.dataTransfer) void filesOfDrop(e.dataTransfer).then(({ files, skipped }) => add(files, skipped));
  });
}
