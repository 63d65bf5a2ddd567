export {
  yanchi2020FactTargets,
  yanchi2020KeyAreaGroups,
  yanchiCatalog,
  yanchiPublications2020,
} from "./yanchi-catalog.js";
