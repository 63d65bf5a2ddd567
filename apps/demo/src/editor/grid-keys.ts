// Moving through the figure inputs of a table as in a spreadsheet: Enter and ↓ to the same
// column of the next row that has one, ↑ to the previous row's, ← and → to the previous or
// next input when the caret is at the edge of the text.
const INPUTS = "td[data-cell] input[data-key]";

/** The column code of an input's cell (`table3|received|naturalPerson` → `naturalPerson`). */
function columnOf(input: HTMLInputElement): string {
  return (input.dataset.key ?? "").split("|")[2] ?? "";
}

/** The input of the same column in the nearest row above (-1) or below (1), if any. */
function vertical(input: HTMLInputElement, dir: 1 | -1): HTMLInputElement | undefined {
  const table = input.closest("table");
  const row = input.closest("tr");
  if (!table || !row) return undefined;
  const rows = [...table.querySelectorAll("tr")];
  const col = columnOf(input);
  for (let i = rows.indexOf(row) + dir; i >= 0 && i < rows.length; i += dir) {
    const inputs = rows[i]?.querySelectorAll<HTMLInputElement>(INPUTS) ?? [];
    const hit = [...inputs].find((x) => columnOf(x) === col);
    if (hit) return hit;
  }
  return undefined;
}

/** The previous (-1) or next (1) input of the table. */
function sideways(input: HTMLInputElement, dir: 1 | -1): HTMLInputElement | undefined {
  const all = [...(input.closest("table")?.querySelectorAll<HTMLInputElement>(INPUTS) ?? [])];
  return all[all.indexOf(input) + dir];
}

/** Where a key moves from an input, or undefined when the key is the input's own. */
export function gridTarget(input: HTMLInputElement, e: KeyboardEvent): HTMLInputElement | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
  switch (e.key) {
    case "Enter":
      return vertical(input, e.shiftKey ? -1 : 1);
    case "ArrowDown":
      return vertical(input, 1);
    case "ArrowUp":
      return vertical(input, -1);
    case "ArrowLeft":
      return atStart ? sideways(input, -1) : undefined;
    case "ArrowRight":
      return atEnd ? sideways(input, 1) : undefined;
    default:
      return undefined;
  }
}

/** Wires the keys on a root holding editable tables. */
export function wireGridKeys(root: HTMLElement): void {
  root.addEventListener("keydown", (e) => {
    if (!(e.target instanceof HTMLInputElement) || !e.target.dataset.key) return;
    const to = gridTarget(e.target, e);
    if (!to) return;
    e.preventDefault();
    to.focus();
    to.select();
  });
}
