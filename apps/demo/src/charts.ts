// The charts, with ECharts' modular build (bar, line and pie on a canvas). This module is
// loaded on demand (`await import("./charts.js")`), so ECharts never delays the first paint.
import { BarChart, LineChart, PieChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import type { Bar } from "./chart-data.js";

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
const COLORS = ["#2f5d8a", "#c0504d", "#9bbb59", "#e6a23c", "#8064a2", "#4bacc6", "#7f7f7f"];

/** Each chart follows the size of its box (a phone turned, a window narrowed). */
const resizer =
  typeof ResizeObserver === "undefined"
    ? undefined
    : new ResizeObserver((entries) => {
        for (const e of entries) echarts.getInstanceByDom(e.target as HTMLElement)?.resize();
      });

function chartOn(el: HTMLElement): echarts.ECharts {
  echarts.getInstanceByDom(el)?.dispose();
  resizer?.observe(el);
  return echarts.init(el, undefined, { renderer: "canvas" });
}

/** What a chart shows, in words, for screen readers (ECharts puts it in the box's aria-label). */
function described(title: string, parts: readonly string[]): string {
  return `${title}。${parts.join("；")}。`;
}

const listed = (data: readonly Bar[]) => data.map((d) => `${d.label} ${d.value}`);
const perSeries = (series: readonly { name: string; values: readonly number[] }[], keys: readonly string[]) =>
  series.map((s) => `${s.name}：${s.values.map((v, i) => `${keys[i]} ${v}`).join("，")}`);

function base(title: string, description: string) {
  return {
    animation: false,
    color: COLORS,
    textStyle: { fontFamily: FONT },
    title: { text: title, left: "center", textStyle: { fontSize: 15, fontWeight: "normal" as const } },
    tooltip: {},
    aria: { enabled: true, label: { description } },
  };
}

/** A pie of shares (办理结果 by group), zero slices left out. */
export function pie(el: HTMLElement, title: string, data: readonly Bar[]): void {
  chartOn(el).setOption({
    ...base(title, described(title, listed(data))),
    tooltip: { trigger: "item", formatter: "{b}：{c}（{d}%）" },
    series: [
      {
        type: "pie",
        radius: ["30%", "60%"],
        top: 30,
        label: { formatter: "{b}\n{c}" },
        data: data.filter((d) => d.value > 0).map((d) => ({ name: d.label, value: d.value })),
      },
    ],
  });
}

/** Vertical bars, one per category. */
export function bars(el: HTMLElement, title: string, data: readonly Bar[]): void {
  chartOn(el).setOption({
    ...base(title, described(title, listed(data))),
    grid: { left: 40, right: 20, top: 50, bottom: 60 },
    xAxis: { type: "category", data: data.map((d) => d.label), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "bar", data: data.map((d) => d.value), label: { show: true, position: "top" } }],
  });
}

/** Horizontal stacked bars: one bar per category (unit, area), one stack part per series. */
export function stacked(
  el: HTMLElement,
  title: string,
  categories: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
): void {
  chartOn(el).setOption({
    ...base(title, described(title, perSeries(series, categories))),
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 36, type: "scroll" },
    grid: { left: 10, right: 30, top: 72, bottom: 20, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: [...categories], inverse: true, axisLabel: { interval: 0 } },
    series: series.map((s) => ({ type: "bar", stack: "all", name: s.name, data: [...s.values] })),
  });
}

/** Lines over years. */
export function lines(
  el: HTMLElement,
  title: string,
  years: readonly number[],
  series: readonly { name: string; values: readonly number[] }[],
): void {
  chartOn(el).setOption({
    ...base(
      title,
      described(
        title,
        perSeries(
          series,
          years.map((y) => `${y} 年`),
        ),
      ),
    ),
    tooltip: { trigger: "axis" },
    legend: { bottom: 0, orient: "vertical" },
    grid: { left: 40, right: 20, top: 50, bottom: 90 },
    xAxis: { type: "category", data: years.map(String) },
    yAxis: { type: "value", minInterval: 1 },
    series: series.map((s) => ({ type: "line", name: s.name, data: [...s.values] })),
  });
}

/** Resizes every chart to its box (after a layout change). */
export function resizeAll(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(".chart")) echarts.getInstanceByDom(el)?.resize();
}
