// `disclosure catalog`: the group of catalog commands, each in a module of its own.
import { catalogCoverageCommand } from "./catalog-coverage.js";
import { catalogDiffCommand } from "./catalog-diff.js";
import { catalogRegisterCommand } from "./catalog-register.js";

export { catalogCoverageCommand, catalogDiffCommand, catalogRegisterCommand };

/** `disclosure catalog`: the group, for the list of its subcommands. */
export const CATALOG_COMMANDS = {
  coverage: catalogCoverageCommand,
  diff: catalogDiffCommand,
  register: catalogRegisterCommand,
} as const;
