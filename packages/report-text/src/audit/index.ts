export { auditReport, auditReports, type AuditEvent } from "./batch.js";
export type { AuditFinding, AuditInput, AuditPair, AuditedReport } from "./model.js";
export { type PairableReport, agencyKey, crossYear, yearPairer } from "./pairs.js";
export { placeOf } from "./place.js";
export { type AuditOptions, type CheckedReport, readAndCheck } from "./read-and-check.js";
export { type AuditSheet, auditSheets } from "./sheets.js";
