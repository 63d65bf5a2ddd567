// Before a report with error findings is downloaded: a modal <dialog> saying how many errors
// it has, with 仍然下载 / 返回修改. The dialog is built once, with DOM APIs; Escape and 返回修改
// cancel, focus goes back to the button that asked.
import { el, msgNodes } from "../dom.js";

let dialog: HTMLDialogElement | undefined;

function build(): HTMLDialogElement {
  const d = el(
    "dialog",
    {
      id: "publish-dialog",
      class: "publish-dialog",
      "aria-labelledby": "publish-dialog-h",
      "aria-describedby": "publish-dialog-text",
    },
    el(
      "h2",
      { id: "publish-dialog-h" },
      "报告仍有错误",
      el("span", { class: "en", lang: "en" }, " The report still has errors"),
    ),
    el("p", { id: "publish-dialog-text" }),
    el(
      "form",
      { method: "dialog", class: "dialog-actions" },
      el(
        "button",
        { type: "submit", value: "cancel", class: "download", autofocus: true },
        ...msgNodes({ zh: "返回修改", en: "Go back and fix" }),
      ),
      el(
        "button",
        { type: "submit", value: "publish", class: "download danger" },
        ...msgNodes({ zh: "仍然下载", en: "Download anyway" }),
      ),
    ),
  );
  document.body.append(d);
  return d;
}

/**
 * Asks whether to download a report that has `errors` error findings; resolves true to go
 * on. With no error it resolves true at once.
 */
export function confirmPublish(errors: number, what: string): Promise<boolean> {
  if (errors === 0) return Promise.resolve(true);
  dialog ??= build();
  const d = dialog;
  const text = d.querySelector<HTMLElement>("#publish-dialog-text");
  text?.replaceChildren(
    ...msgNodes(
      {
        zh: `检查发现 ${errors} 个错误。发布有错误的报告（${what}）前，请先核对检查结果。`,
        en: `The checks found ${errors} error${errors === 1 ? "" : "s"}. Review the findings before publishing a report with errors (${what}).`,
      },
      { block: true },
    ),
  );
  d.returnValue = "";
  return new Promise((resolve) => {
    d.addEventListener("close", () => resolve(d.returnValue === "publish"), { once: true });
    d.showModal();
  });
}
