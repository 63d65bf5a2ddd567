export * from "./hant.js";
export * from "./wording/numbers.js";
