/**
 * Views menu and presentation mode: save the current view, replay saved views as full-screen slides with
 * large labels, step with the arrow keys.
 */
import { type AppContext, nodeName } from "../app/context.ts";
import { byId, el } from "../ui/dom.ts";
import { applyViewQuery, currentViewQuery } from "../url/url-sync.ts";
import { loadViews, type SavedView, storeViews } from "./saved-views.ts";

const MODE_NAMES = { explore: "总览", ego: "自我网络", path: "路径", clusters: "共享产业集群", query: "查询结果" } as const;

export interface Presentation {
  start(): void;
  stop(): void;
  step(delta: number): void;
  isOn(): boolean;
}

export function mountPresentation(ctx: AppContext): Presentation {
  let views = loadViews();
  let slide = 0;
  let slides: SavedView[] = [];
  const normalLabelSize = ctx.sigma.getSetting("labelSize");
  const list = el("ol", { className: "saved-views" });
  const overlay = el("div", { className: "slide-caption", attrs: { role: "status" }, dataset: { slide: "" } });
  overlay.hidden = true;
  byId("stage").append(overlay);

  const describe = (): string => {
    const s = ctx.store.get();
    const focus = s.selected ? ` · ${nodeName(ctx, s.selected)}` : "";
    return `${MODE_NAMES[s.mode]}${focus}`;
  };
  const renderList = (): void => {
    list.replaceChildren(
      ...views.map((view, i) =>
        el("li", { dataset: { index: String(i) } }, [
          el("button", { className: "link apply-view", text: view.name, onClick: () => applyViewQuery(ctx, view.query) }),
          el("button", { className: "delete-view", text: "×", title: "删除", onClick: () => ((views = views.filter((_, k) => k !== i)), storeViews(views), renderList()) }),
        ]),
      ),
    );
  };
  const show = (index: number): void => {
    slide = (index + slides.length) % slides.length;
    const current = slides[slide]!;
    applyViewQuery(ctx, current.query);
    overlay.textContent = `${slide + 1} / ${slides.length} · ${current.name}`;
    overlay.dataset.slide = String(slide + 1);
  };
  const api: Presentation = {
    isOn: () => ctx.store.get().presenting,
    start() {
      slides = views.length ? [...views] : [{ name: describe(), query: currentViewQuery(ctx) }];
      ctx.store.update({ presenting: true });
      document.body.classList.add("presenting");
      ctx.sigma.setSetting("labelSize", normalLabelSize * 1.8);
      overlay.hidden = false;
      // full screen needs a user gesture and may be refused (e.g. in an iframe); the layout works either way
      document.documentElement.requestFullscreen?.().catch(() => undefined);
      show(0);
    },
    stop() {
      if (!api.isOn()) return;
      ctx.store.update({ presenting: false });
      document.body.classList.remove("presenting");
      ctx.sigma.setSetting("labelSize", normalLabelSize);
      overlay.hidden = true;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    },
    step(delta) {
      if (api.isOn()) show(slide + delta);
    },
  };

  const menu = el("details", { className: "menu views-menu" }, [
    el("summary", { text: "视图" }),
    el("div", { className: "menu-body" }, [
      el("button", {
        className: "save-view",
        text: "保存当前视图",
        onClick: () => {
          views = [...views, { name: `${views.length + 1}. ${describe()}`, query: currentViewQuery(ctx) }];
          storeViews(views);
          renderList();
        },
      }),
      list,
      el("button", { className: "start-presentation", text: "▶ 演示 (←/→ 翻页, Esc 退出)", onClick: () => (menu.removeAttribute("open"), api.start()) }),
    ]),
  ]);
  byId("toolbar").append(menu);
  renderList();
  return api;
}
