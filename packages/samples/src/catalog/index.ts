// @disclosure/samples/catalog — the sample county's 政务公开事项标准目录, a year of its publications
// and the facts they give for the report (recorded in etc/samples-catalog.api.md, `npm run api`).
export {
  yanchi2020FactTargets,
  yanchi2020KeyAreaGroups,
  yanchiCatalog,
  yanchiPublications2020,
} from "./yanchi-catalog.js";
