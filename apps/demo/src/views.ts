// The page's two views as tabs (WAI-ARIA tabs pattern): one report, and the 审查 of many.
// `#audit` in the address opens the 审查 view.

export type ViewId = "report" | "audit";

const VIEWS: readonly ViewId[] = ["report", "audit"];

const tab = (v: ViewId) => document.getElementById(`tab-${v}`) as HTMLButtonElement;
const panel = (v: ViewId) => document.getElementById(`view-${v}`) as HTMLElement;

/** Shows one view, hides the other; `onShow` runs when a view is shown. */
function select(view: ViewId, onShow: (v: ViewId) => void, focus = false): void {
  for (const v of VIEWS) {
    const on = v === view;
    tab(v).setAttribute("aria-selected", String(on));
    tab(v).tabIndex = on ? 0 : -1;
    panel(v).hidden = !on;
  }
  document.body.dataset.view = view;
  if (focus) tab(view).focus();
  const hash = view === "audit" ? "#audit" : "";
  if ((location.hash === "#audit") !== (view === "audit"))
    history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
  onShow(view);
}

/** Wires the tabs (click, arrow keys, Home/End) and shows the view the address asks for. */
export function wireViews(onShow: (v: ViewId) => void): void {
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
  if (location.hash === "#audit") select("audit", onShow);
  window.addEventListener("hashchange", () => {
    if (location.hash === "#audit") select("audit", onShow);
  });
}
