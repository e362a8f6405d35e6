/** Builds and serves the viewer with Vite's JS API: a dev server for `npm start`, build + preview for tests. */
import { createServer as createNetServer } from "node:net";
import { join } from "node:path";
import { build, createServer, preview } from "vite";
import { REPO_ROOT } from "../../ingest/corpus.ts";

export const VIEWER_CONFIG = join(REPO_ROOT, "viewer", "vite.config.ts");

export interface ServedViewer {
  url: string;
  close(): Promise<void>;
}

/** A port the OS just handed out and released, so a server with `strictPort` can take it. */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Vite dev server on 127.0.0.1: starts in about a second and reloads when viewer files change. */
export async function serveDev(port: number): Promise<ServedViewer> {
  const server = await createServer({
    configFile: VIEWER_CONFIG,
    logLevel: "warn",
    server: { host: "127.0.0.1", port, strictPort: true },
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Production build into `outDir`, then `vite preview` of it on 127.0.0.1. */
export async function buildAndPreview(outDir: string, port: number): Promise<ServedViewer> {
  await build({ configFile: VIEWER_CONFIG, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile: VIEWER_CONFIG,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.httpServer.close((e) => (e ? reject(e) : resolve()))),
  };
}
