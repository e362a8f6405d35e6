/**
 * The live-Neo4j console: connect, pick a named query from the library or type Cypher, run it read-only,
 * see the rows as a table and the entities it names drawn in the graph (query mode).
 */
import type { Driver } from "neo4j-driver";
import { bindParams } from "../../../graph/cypher/query.ts";
import { QUERIES } from "../../../graph/cypher/queries/index.ts";
import type { NodeAttributes } from "../../../graph/model.ts";
import { isEntityType, PROP } from "../../../graph/schema.ts";
import type { AppContext } from "../app/context.ts";
import { ENTITY_COLOR } from "../style/palette.ts";
import { byId, el } from "../ui/dom.ts";
import { connect, type PlainNode, type PlainValue, runReadOnly } from "./neo4j-client.ts";
import { keysInResult, nodeKeyOf } from "./result-to-graph.ts";

function cellText(value: PlainValue): string {
  if (value === null) return "";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map(cellText).join("、");
  if (value.kind === "node") {
    const node = value as PlainNode;
    return `(${node.labels.join(":")} ${String(node.properties[PROP.name] ?? node.elementId)})`;
  }
  if (value.kind === "relationship") return `[:${String(value.type)}]`;
  return JSON.stringify(value);
}

/** Entities the database has and the snapshot lacks join the graph, so the result can be drawn. */
function addLiveNodes(ctx: AppContext, nodes: readonly PlainNode[]): string[] {
  const added: string[] = [];
  for (const node of nodes) {
    const key = nodeKeyOf(node);
    const type = node.labels.find(isEntityType);
    if (!key || !type || ctx.kg.hasNode(key)) continue;
    const name = String(node.properties[PROP.name] ?? key);
    const attrs: NodeAttributes = { key, type, name, aliases: [], docs: [], periods: [], mentionCount: 0, evidence: [] };
    ctx.kg.addNode(key, attrs);
    ctx.graph.addNode(key, { x: (Math.random() - 0.5) * 50, y: (Math.random() - 0.5) * 50, size: 5, color: ENTITY_COLOR[type], label: name, entity: type });
    added.push(key);
  }
  return added;
}

export function mountConsole(ctx: AppContext): void {
  const panel = byId("console");
  let driver: Driver | null = null;
  let database: string | undefined;
  const field = (name: string, label: string, value = "", type = "text") => el("input", { attrs: { name, type, value, "aria-label": label, placeholder: label, autocomplete: type === "password" ? "current-password" : "off" } });
  const uri = field("uri", "bolt://host:7687", "bolt://127.0.0.1:7687");
  const user = field("user", "用户名", "neo4j");
  const password = field("password", "密码", "", "password");
  const db = field("database", "数据库（可选）");
  const status = el("span", { className: "console-status", attrs: { role: "status" }, text: "未连接" });
  const named = el("select", { attrs: { name: "named-query", "aria-label": "named query" } }, [
    el("option", { text: "— 命名查询 —", attrs: { value: "" } }),
    ...QUERIES.map((q) => el("option", { text: q.name, title: q.description, attrs: { value: q.name } })),
  ]);
  const description = el("div", { className: "muted query-description" });
  const cypher = el("textarea", { attrs: { name: "cypher", rows: "5", spellcheck: "false", "aria-label": "cypher" } });
  const params = el("textarea", { attrs: { name: "params", rows: "3", spellcheck: "false", "aria-label": "params (JSON)" } });
  params.value = "{}";
  const message = el("div", { className: "console-message", attrs: { role: "alert" } });
  const table = el("table", { className: "result-table" });

  named.addEventListener("change", () => {
    const query = QUERIES.find((q) => q.name === named.value);
    if (!query) return;
    cypher.value = query.cypher;
    description.textContent = query.description;
    params.value = JSON.stringify(Object.fromEntries(query.params.map((p) => [p.name, p.default ?? (p.type === "string[]" ? [] : "")])), null, 1);
  });

  const doConnect = async (): Promise<void> => {
    status.textContent = "连接中…";
    try {
      await driver?.close();
      database = db.value || undefined;
      driver = await connect({ uri: uri.value, user: user.value, password: password.value, database });
      status.textContent = `已连接 ${uri.value}`;
      status.dataset.connected = "true";
    } catch (error) {
      driver = null;
      status.textContent = `连接失败：${(error as Error).message}`;
      status.dataset.connected = "false";
    }
  };

  const run = async (): Promise<void> => {
    message.textContent = "";
    message.dataset.kind = "";
    if (!driver) {
      message.textContent = "请先连接 Neo4j";
      return;
    }
    let bound: Record<string, unknown>;
    try {
      const given = JSON.parse(params.value || "{}") as Record<string, never>;
      const query = QUERIES.find((q) => q.name === named.value && q.cypher === cypher.value);
      // a named query gets its defaults, checks and fixed schema parameters; free Cypher takes the JSON as is
      bound = query ? { ...(query.prepare ? query.prepare(bindParams(query, given)) : bindParams(query, given)), ...query.fixed } : given;
    } catch (error) {
      message.textContent = `参数错误：${(error as Error).message}`;
      message.dataset.kind = "error";
      return;
    }
    try {
      const result = await runReadOnly(driver, cypher.value, bound, database);
      const live = result.rows.flat(3).filter((v): v is PlainNode => typeof v === "object" && v !== null && !Array.isArray(v) && v.kind === "node");
      addLiveNodes(ctx, live);
      const { nodes } = keysInResult(ctx.kg, result.rows);
      table.replaceChildren(
        el("thead", {}, [el("tr", {}, result.keys.map((k) => el("th", { text: k })))]),
        el("tbody", {}, result.rows.map((row) => el("tr", {}, row.map((v) => el("td", { text: cellText(v) }))))),
      );
      message.textContent = `${result.rows.length} 行 · ${nodes.size} 个实体 · ${result.ms} ms`;
      message.dataset.kind = "ok";
      ctx.sigma.refresh();
      ctx.store.update({ mode: "query", queryNodes: [...nodes] });
    } catch (error) {
      message.textContent = (error as Error).message;
      message.dataset.kind = (error as Error).name === "WriteRefusedError" ? "refused" : "error";
    }
  };

  panel.replaceChildren(
    el("form", { className: "console-connect" }, [uri, user, password, db, el("button", { text: "连接", attrs: { type: "submit" }, className: "connect" }), status]),
    el("div", { className: "console-query" }, [named, description, cypher, params, el("button", { text: "▶ 运行（只读）", className: "run-query", onClick: () => void run() }), message]),
    el("div", { className: "result-scroll" }, [table]),
  );
  panel.querySelector("form")!.addEventListener("submit", (event) => {
    event.preventDefault();
    void doConnect();
  });
  cypher.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void run();
  });
  const render = (): void => {
    panel.hidden = ctx.store.get().mode !== "query";
  };
  ctx.store.subscribe(render);
  render();
}
