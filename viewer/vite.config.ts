// The viewer is a static Vite app rooted in viewer/: the snapshot comes from viewer/public, the build goes to viewer/dist.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // relative asset paths so the built viewer works from any folder or sub-path
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
  clearScreen: false,
});
