// The page's three views as tabs (WAI-ARIA tabs pattern): one report, the 审查 of many, and
// the 汇总 of the units' files. `#audit` or `#collect` in the address opens that view.

export type ViewId = "report" | "audit" | "collect";

const VIEWS: readonly ViewId[] = ["report", "audit", "collect"];

/** Views that the address names: `#audit`, `#collect`. */
const HASHED: readonly ViewId[] = ["audit", "collect"];

const tab = (v: ViewId) => document.getElementById(`tab-${v}`) as HTMLButtonElement;
const panel = (v: ViewId) => document.getElementById(`view-${v}`) as HTMLElement;

let shown: (v: ViewId) => void = () => {};

const hashView = (): ViewId | undefined => HASHED.find((v) => location.hash === `#${v}`);

/** Shows one view, hides the others; `onShow` runs when a view is shown. */
function select(view: ViewId, onShow: (v: ViewId) => void, focus = false): void {
  for (const v of VIEWS) {
    const on = v === view;
    tab(v).setAttribute("aria-selected", String(on));
    tab(v).tabIndex = on ? 0 : -1;
    panel(v).hidden = !on;
  }
  document.body.dataset.view = view;
  // The 汇总 view's code is loaded when it is first shown.
  if (view === "collect") void import("./collect/page.js").then((m) => m.openCollectPage());
  if (focus) tab(view).focus();
  const hash = HASHED.includes(view) ? `#${view}` : "";
  if ((hashView() ?? "report") !== view)
    history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
  onShow(view);
}

/** Shows a view from the code (the 汇总 view hands its county report to the single-report view). */
export function showView(view: ViewId): void {
  select(view, shown);
}

/** Wires the tabs (click, arrow keys, Home/End) and shows the view the address asks for. */
export function wireViews(onShow: (v: ViewId) => void): void {
  shown = onShow;
  for (const v of VIEWS) {
    tab(v).addEventListener("click", () => select(v, onShow));
    tab(v).addEventListener("keydown", (e) => {
      const i = VIEWS.indexOf(v);
      const to =
        e.key === "ArrowRight"
          ? VIEWS[(i + 1) % VIEWS.length]
          : e.key === "ArrowLeft"
            ? VIEWS[(i + VIEWS.length - 1) % VIEWS.length]
            : e.key === "Home"
              ? VIEWS[0]
              : e.key === "End"
                ? VIEWS[VIEWS.length - 1]
                : undefined;
      if (!to) return;
      e.preventDefault();
      select(to, onShow, true);
    });
  }
  const first = hashView();
  if (first) select(first, onShow);
  window.addEventListener("hashchange", () => {
    const v = hashView();
    if (v) select(v, onShow);
  });
}
