// Paths to the input fixtures (made once by tests/fixtures/inputs/make-fixtures.py) and the corpus
// document their text was taken from, so tests compare what a reader returns with the real source lines.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../../fixtures/inputs/", import.meta.url));
export const fixture = (name: string): string => `${FIXTURES}${name}`;
export const fixtureBytes = (name: string): Buffer => readFileSync(fixture(name));

/** Lines of corpus document 000 (the 天心区 13th five-year plan), trimmed, 1-based like an editor. */
const PLAN = readFileSync(fileURLToPath(new URL("../../../corpus/000_8c1d04e729e92782.txt", import.meta.url)), "utf8").split("\n");
export const planLine = (n: number): string => (PLAN[n - 1] ?? "").trim();

/** Lines of corpus document 002 (a saved 红网 news page about 天心区's 14th plan). */
const NEWS = readFileSync(fileURLToPath(new URL("../../../corpus/002_a93f945e5c35f0b4.txt", import.meta.url)), "utf8").split("\n");
export const newsLine = (n: number): string => (NEWS[n - 1] ?? "").trim();

/** Non-empty lines of a reader's text. */
export const linesOf = (text: string): string[] => text.split("\n").filter((l) => l.trim() !== "");
