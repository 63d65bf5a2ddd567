// Located, bilingual issues of a submitted file.
import type { Issue, Location, Message } from "@disclosure/schema";

/** An error about a whole file. */
export function fileError(file: string, code: string, message: Message): Issue {
  return { code, severity: "error", location: { kind: "file", file }, message };
}

/** The location in `file`: the file named where the location names none, the whole file where there is none. */
export function locationInFile(file: string, location: Location | undefined): Location {
  if (!location) return { kind: "file", file };
  return location.file ? location : { ...location, file };
}

/** Issues with the file named where they name none. */
export function inFile(file: string, issues: readonly Issue[]): Issue[] {
  return issues.map((i) => (i.location?.file ? i : { ...i, location: locationInFile(file, i.location) }));
}

/** Errors and the rest of a list, apart. */
export function bySeverity(list: readonly Issue[]): { errors: Issue[]; warnings: Issue[] } {
  return {
    errors: list.filter((i) => i.severity === "error"),
    warnings: list.filter((i) => i.severity !== "error"),
  };
}

/** SUBMISSION-NEEDS-YEAR: a file that states no year, read without one. */
export function needsYearIssue(file: string): Issue {
  return fileError(file, "SUBMISSION-NEEDS-YEAR", {
    zh: "此文件没有注明年度：请给出汇总年度后再读",
    en: "this file does not state its year: give the roll-up year and read it again",
  });
}
