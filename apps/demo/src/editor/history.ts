// The edits of one report as a history: what it was when opened (`base`), what it is now,
// the states before (undo) and after (redo). Typing into one field makes one step: the
// edits of a field follow each other in the same step until the field is left (`seal`).
// Pure functions over plain data.
import type { Report } from "@disclosure/schema";

export interface History {
  readonly base: Report;
  readonly current: Report;
  readonly past: readonly Report[];
  readonly future: readonly Report[];
  /** The field of the open step (a cell key or a section id); undefined when sealed. */
  readonly open?: string | undefined;
}

/** The most steps kept for undo. */
export const MAX_STEPS = 100;

export function startHistory(base: Report, current: Report = base): History {
  return { base, current, past: [], future: [] };
}

/** The state after an edit of `field`; an edit of the field of the open step joins that step. */
export function edit(h: History, next: Report, field: string): History {
  if (h.open === field && h.past.length > 0) return { ...h, current: next, future: [] };
  return { ...h, current: next, past: [...h.past, h.current].slice(-MAX_STEPS), future: [], open: field };
}

/** Closes the open step (the field was left). */
export function seal(h: History): History {
  return h.open === undefined ? h : { ...h, open: undefined };
}

export function canUndo(h: History): boolean {
  return h.past.length > 0;
}

export function canRedo(h: History): boolean {
  return h.future.length > 0;
}

export function undo(h: History): History {
  const prev = h.past.at(-1);
  if (!prev) return h;
  return {
    ...h,
    current: prev,
    past: h.past.slice(0, -1),
    future: [h.current, ...h.future],
    open: undefined,
  };
}

export function redo(h: History): History {
  const next = h.future[0];
  if (!next) return h;
  return { ...h, current: next, past: [...h.past, h.current], future: h.future.slice(1), open: undefined };
}

/** Back to the report as opened, itself a step that can be undone. */
export function discard(h: History): History {
  if (h.current === h.base) return h;
  return {
    ...h,
    current: h.base,
    past: [...h.past, h.current].slice(-MAX_STEPS),
    future: [],
    open: undefined,
  };
}

/** Whether the report differs from the one opened. */
export function isEdited(h: History): boolean {
  return h.current !== h.base && JSON.stringify(h.current) !== JSON.stringify(h.base);
}
