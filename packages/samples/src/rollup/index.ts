// @disclosure/samples/rollup — the synthetic county's years tabulated and rolled up with
// @disclosure/stats (recorded in etc/samples-rollup.api.md, `npm run api`). A separate entry, so
// that the main one loads neither @disclosure/stats nor @disclosure/catalog.
export {
  type SyntheticCountyRollup,
  syntheticCountyReports,
  syntheticCountyRollup,
} from "./county-rollup.js";
export type { SyntheticCounty } from "../synthetic.js";
