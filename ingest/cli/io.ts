/** Where a command-line tool writes: results to `out`, progress and errors to `err` (tests pass their own). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const STD_IO: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

/** The connection flags every Neo4j command accepts (parseArgs options). */
export const CONNECTION_FLAGS = {
  uri: { type: "string" },
  user: { type: "string" },
  password: { type: "string" },
  database: { type: "string" },
} as const;
