/** The mode switcher and the banner that says what the focused view shows (ego network, path, clusters). */
import { MODES, type Mode } from "../state/view-state.ts";
import { byId, el } from "../ui/dom.ts";
import { type AppContext, nodeName } from "./context.ts";

const MODE_LABELS: Record<Mode, string> = { explore: "探索", ego: "自我网络", path: "最短路径", clusters: "共享产业集群", query: "Cypher 控制台" };

function bannerText(ctx: AppContext): string {
  const state = ctx.store.get();
  const scene = ctx.scene();
  switch (state.mode) {
    case "explore":
      return "";
    case "ego":
      return state.selected ? `${nodeName(ctx, state.selected)} 的 ${state.egoHops} 跳网络：${scene.visible.nodes.size} 个实体` : "自我网络：先选择一个实体";
    case "path": {
      const from = state.pathFrom ? nodeName(ctx, state.pathFrom) : "（起点）";
      const to = state.pathTo ? nodeName(ctx, state.pathTo) : "（终点）";
      if (!state.pathFrom || !state.pathTo) return `最短路径：${from} → ${to}，在实体详情中设置起点和终点`;
      if (scene.noPath) return `${from} 与 ${to} 之间没有路径`;
      return `最短路径 ${from} → ${to}：${scene.visible.edges.size} 步`;
    }
    case "query":
      return `查询结果：${scene.visible.nodes.size} 个实体 · ${scene.visible.edges.size} 条关系`;
    case "clusters":
      return `共享产业集群：${scene.clusters?.industries.length ?? 0} 个产业由两个及以上地区共同发展`;
  }
}

export function mountModes(ctx: AppContext): void {
  const nav = byId("modes");
  const banner = byId("mode-banner");
  const buttons = MODES.map((mode) =>
    el("button", { text: MODE_LABELS[mode], dataset: { mode }, attrs: { "aria-pressed": "false" }, onClick: () => ctx.store.update({ mode }) }),
  );
  nav.replaceChildren(...buttons);
  const text = el("span", { className: "banner-text" });
  banner.replaceChildren(text, el("button", { text: "退出", className: "exit-mode", onClick: () => ctx.store.update({ mode: "explore" }) }));
  const render = (): void => {
    const { mode } = ctx.store.get();
    buttons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.mode === mode)));
    text.textContent = bannerText(ctx);
    banner.hidden = mode === "explore";
    banner.dataset.mode = mode;
  };
  ctx.store.subscribe(render);
  render();
}
