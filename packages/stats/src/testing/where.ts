// Where an issue is, read from its location for assertions.
import type { Issue } from "@disclosure/schema";

/** The field (a CSV column's header, a record field `fee.paidDate`) of an issue located on a text line or a sheet's row. */
export function fieldOf(issue: Issue | undefined): string | undefined {
  const at = issue?.location;
  if (at?.kind === "sheet") return at.column;
  return at?.kind === "text" ? at.field : undefined;
}

/** The line of an issue located on a text line or in JSON text, or its sheet's row. */
export function lineOf(issue: Issue | undefined): number | undefined {
  const at = issue?.location;
  if (at?.kind === "sheet") return at.row;
  return at?.kind === "text" || at?.kind === "json" ? at.line : undefined;
}

/** The JSON path of an issue located in JSON. */
export function pathOf(issue: Issue | undefined): readonly (string | number)[] | undefined {
  return issue?.location?.kind === "json" ? issue.location.path : undefined;
}

/** The column of an issue: a JSON text's column, a text line's column or field. */
export function columnOf(issue: Issue | undefined): string | number | undefined {
  const at = issue?.location;
  if (at?.kind === "json") return at.column;
  return at?.kind === "text" ? (at.column ?? at.field) : undefined;
}
