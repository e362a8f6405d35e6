// One blocking lint gate: typescript-eslint's recommended rules plus the layer boundary
// (graph/ is the shared model and must never import from ingest/ or viewer/).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "viewer/dist/", "dist/", "coverage/", "**/*.generated.*", "tests/fixtures/", ".scratch*/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    files: ["graph/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/ingest/**", "**/viewer/**"], message: "graph/ is the shared model: it imports nothing from ingest/ or viewer/." }] },
      ],
    },
  },
);
