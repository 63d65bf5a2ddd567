// Where the tally keeps its counts: table 三 as rows × applicant columns in one array (本年新收,
// 上年结转, each result, 结转下年度), table 四 as case groups × outcomes, table 二's documents
// and decisions.
import { ApplicantTypeSchema, ApplicationResultSchema } from "@disclosure/schema";

export const APPLICANTS = ApplicantTypeSchema.options;
export const RESULTS = ApplicationResultSchema.options;
export const NA = APPLICANTS.length; // 6
export const ROW_RECEIVED = 0;
export const ROW_CARRIED_IN = 1;
export const ROW_RESULT0 = 2;
export const ROW_CARRIED_OUT = ROW_RESULT0 + RESULTS.length; // 23
export const T3_ROWS = ROW_CARRIED_OUT + 1;
export const OUTCOMES = ["upheld", "corrected", "other", "pending"] as const;
export const DOC_KINDS = ["rules", "normativeDocuments"] as const;
export const DOC_COLS = ["issued", "repealed", "inForce"] as const;
export const DECISION_KINDS = ["licensing", "penalty", "enforcement"] as const;
