import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "import/no-default-export": "off",
    },
  },
  globalIgnores([".next/**", "out/**", ".contentlayer/**", "next-env.d.ts", "tests/fixtures/**", "tools/bench/tmp/**", "playwright-report/**", "test-results/**"]),
]);
