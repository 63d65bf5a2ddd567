import { yanchiReport2020 } from "@disclosure/fixtures";
import { section } from "@disclosure/schema";
import { tableHtml } from "./table.js";
import "./style.css";

const report = yanchiReport2020;
const app = document.querySelector<HTMLDivElement>("#app")!;
app.innerHTML = `
  <header><h1>${report.title ?? report.agency.name}</h1><p class="sub">@disclosure 演示：示例县 ${report.agency.name} ${report.year} 年（${report.format} 年格式）</p></header>
  <section id="table3"><h2>${section(report.format, "applications").heading}</h2>${tableHtml(report.format, "table3", report.tables)}</section>
`;
