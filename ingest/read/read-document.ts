/** Reads one input file into text plus the facts about its bytes (hash, detected format). */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { InputError } from "../../graph/errors.ts";

export interface SourceDocument {
  /** Document id: the file name. */
  id: string;
  path: string;
  text: string;
  sha256: string;
  source: string;
}

export async function readDocument(path: string): Promise<SourceDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
  if (bytes.length === 0) throw new InputError(path, "is empty");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  return { id: basename(path), path, text, sha256, source: "text/utf-8" };
}
