/**
 * Layout controls: ForceAtlas2 running in a web worker (start/stop, gravity and scaling), noverlap to
 * separate overlapping nodes, and circular by type. Layouts move render-graph positions only.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import noverlap from "graphology-layout-noverlap";
import type { AppContext } from "../app/context.ts";
import type { LayoutName } from "../state/view-state.ts";
import { byId, el } from "../ui/dom.ts";
import { circularByType } from "./circular-by-type.ts";
import { geographicLayout } from "./geo/geographic.ts";
import { initialLayout } from "./initial.ts";

export interface LayoutRunner {
  apply(name: LayoutName): void;
  isRunning(): boolean;
  /** Runs ForceAtlas2 in the worker for `ms`, then stops (used to settle large graphs after they open). */
  runFor(ms: number): void;
}

export function mountLayoutControls(ctx: AppContext): LayoutRunner {
  const { graph, sigma } = ctx;
  let worker: FA2Layout | null = null;
  const gravity = el("input", { attrs: { type: "range", name: "fa2-gravity", min: "0.1", max: "10", step: "0.1", value: "1", "aria-label": "gravity" } });
  const scaling = el("input", { attrs: { type: "range", name: "fa2-scaling", min: "1", max: "50", step: "1", value: "10", "aria-label": "scaling" } });
  const geoStatus = el("span", { className: "muted geo-status" });
  const toggle = el("button", { className: "fa2-toggle", text: "▶ 力导向", attrs: { "aria-pressed": "false" } });

  const stop = (): void => {
    worker?.kill();
    worker = null;
    ctx.store.update({ layoutRunning: false });
    toggle.textContent = "▶ 力导向";
    toggle.setAttribute("aria-pressed", "false");
  };
  const start = (): void => {
    stop();
    const settings = { ...forceAtlas2.inferSettings(graph), gravity: Number(gravity.value), scalingRatio: Number(scaling.value), barnesHutOptimize: graph.order > 1000 };
    worker = new FA2Layout(graph, { settings });
    worker.start();
    ctx.store.update({ layoutRunning: true });
    toggle.textContent = "■ 停止";
    toggle.setAttribute("aria-pressed", "true");
  };
  toggle.addEventListener("click", () => (worker?.isRunning() ? stop() : start()));
  // new settings take effect by restarting the worker from the current positions
  for (const input of [gravity, scaling]) input.addEventListener("change", () => worker?.isRunning() && start());

  const apply = (name: LayoutName): void => {
    stop();
    if (name === "circular-type") circularByType(graph);
    else if (name === "geo") {
      void geographicLayout(ctx.kg, graph).then((placed) => {
        geoStatus.textContent = placed ? `${placed} 个地区有坐标` : "没有可定位的地区";
        sigma.refresh();
      });
    } else if (!initialLayout(graph, ctx.positions)) start();
    sigma.refresh();
  };
  const separate = (): void => {
    stop();
    noverlap.assign(graph, { maxIterations: 200, settings: { ratio: 1.2, margin: 2 } });
    sigma.refresh();
  };

  byId("toolbar").append(
    el("details", { className: "menu layout-menu" }, [
      el("summary", { text: "布局" }),
      el("div", { className: "menu-body" }, [
        toggle,
        el("label", {}, [el("span", { text: "引力" }), gravity]),
        el("label", {}, [el("span", { text: "缩放" }), scaling]),
        el("button", { className: "noverlap", text: "去重叠 (noverlap)", onClick: separate }),
        el("button", { className: "layout-geo", text: "地理布局", onClick: () => ctx.store.update({ layout: "geo" }) }),
        geoStatus,
        el("button", { className: "layout-circular-type", text: "按类型环形", onClick: () => ctx.store.update({ layout: "circular-type" }) }),
        el("button", { className: "layout-force", text: "重新力导向布局", onClick: () => (ctx.store.get().layout === "force" ? apply("force") : ctx.store.update({ layout: "force" })) }),
      ]),
    ]),
  );
  ctx.store.subscribe((state, previous) => {
    if (state.layout !== previous.layout) apply(state.layout);
  });
  return {
    apply,
    isRunning: () => worker?.isRunning() ?? false,
    runFor(ms) {
      start();
      const running = worker;
      setTimeout(() => worker === running && stop(), ms);
    },
  };
}
