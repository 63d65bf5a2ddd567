import type { CellUnit, ColumnDef, RowDef, RowGroupDef } from "./types.js";

const NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/;

/** Splits "（一）予以公开" into numbering "（一）" and text "予以公开". */
export function splitNumbering(label: string): { numbering: string; text: string } {
  const m = NUMBERING.exec(label);
  return m ? { numbering: m[0], text: label.slice(m[0].length) } : { numbering: "", text: label };
}

export function column(
  code: string,
  label: string,
  path: readonly string[] = [],
  unit: CellUnit = "count",
  aliases?: readonly string[],
): ColumnDef {
  return aliases ? { code, label, path, unit, aliases } : { code, label, path, unit };
}

export function row(
  code: string,
  label: string,
  opts: { parent?: string; path?: readonly string[]; aliases?: readonly string[]; unit?: CellUnit } = {},
): RowDef {
  const { numbering, text } = splitNumbering(label);
  return {
    code,
    label,
    numbering,
    text,
    path: opts.path ?? [],
    ...(opts.parent ? { parent: opts.parent } : {}),
    ...(opts.aliases ? { aliases: opts.aliases } : {}),
    ...(opts.unit ? { unit: opts.unit } : {}),
  };
}

export function group(
  code: string,
  label: string,
  opts: { parent?: string; aliases?: readonly string[] } = {},
): RowGroupDef {
  const { numbering, text } = splitNumbering(label);
  return {
    code,
    label,
    numbering,
    text,
    ...(opts.parent ? { parent: opts.parent } : {}),
    ...(opts.aliases ? { aliases: opts.aliases } : {}),
  };
}

/** Rows of a group: each gets the group as parent and the group path. */
export function groupRows(
  g: RowGroupDef,
  path: readonly string[],
  items: readonly [code: string, label: string, aliases?: readonly string[]][],
): RowDef[] {
  return items.map(([code, label, aliases]) =>
    row(`${g.code}.${code}`, label, {
      parent: g.code,
      path: [...path, g.label],
      ...(aliases ? { aliases } : {}),
    }),
  );
}
