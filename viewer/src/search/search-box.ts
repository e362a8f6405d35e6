/** The search box: suggestions as you type; choosing one selects the node and centres the camera on it. */
import type { AppContext } from "../app/context.ts";
import { ENTITY_COLOR, ENTITY_LABEL_ZH } from "../style/palette.ts";
import { byId, el } from "../ui/dom.ts";
import type { SearchIndex } from "./pinyin-index.ts";

export function mountSearch(ctx: AppContext): void {
  const input = byId<HTMLInputElement>("search");
  const list = byId("suggestions");
  let index: SearchIndex | null = null;
  // the pinyin dictionary costs ~140 ms to load: fetched when the search box is first used, never on page load
  let loading: Promise<SearchIndex> | null = null;
  const loadIndex = (): Promise<SearchIndex> => (loading ??= import("./pinyin-index.ts").then((m) => (index = new m.SearchIndex(ctx.kg))));
  let active = -1;

  const choose = (key: string): void => {
    ctx.store.update({ selected: key, selectedEdge: null });
    ctx.focusNode(key);
    list.hidden = true;
    input.blur();
  };
  const highlight = (i: number): void => {
    const items = [...list.children] as HTMLElement[];
    active = Math.max(-1, Math.min(items.length - 1, i));
    items.forEach((item, k) => item.setAttribute("aria-selected", String(k === active)));
  };
  const update = (): void => {
    if (!index) {
      void loadIndex().then(update);
      return;
    }
    const hits = index.search(input.value, 12);
    const kg = ctx.kg;
    list.replaceChildren(
      ...hits.map((hit) => {
        const attrs = kg.getNodeAttributes(hit.key);
        const item = el("li", { className: "suggestion", dataset: { key: hit.key }, attrs: { role: "option" } }, [
          el("span", { className: "legend-swatch", attrs: { style: `background:${ENTITY_COLOR[attrs.type]}` } }),
          el("span", { className: "suggestion-name", text: attrs.name }),
          el("span", { className: "muted", text: hit.name !== attrs.name ? ` ${hit.name}` : "" }),
          el("span", { className: "legend-count", text: ENTITY_LABEL_ZH[attrs.type] }),
        ]);
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(hit.key);
        });
        return item;
      }),
    );
    list.hidden = hits.length === 0;
    highlight(hits.length ? 0 : -1);
  };

  input.addEventListener("input", update);
  input.addEventListener("focus", () => (input.value ? update() : void loadIndex()));
  input.addEventListener("blur", () => (list.hidden = true));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      highlight(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      const pick = (): void => {
        const key = (list.children[Math.max(0, active)] as HTMLElement | undefined)?.dataset.key;
        if (key) choose(key);
      };
      // typed and confirmed before the dictionary arrived: suggest, then take the first suggestion
      if (index) pick();
      else void loadIndex().then(() => (update(), pick()));
    } else if (event.key === "Escape") {
      list.hidden = true;
      input.blur();
    }
  });
}
