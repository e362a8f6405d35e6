/** Error categories, matched by `name` in tests rather than by message. */

export class PlangraphError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PlangraphError";
  }
}

/** A value that breaks the schema (unknown type, relation between types the schema forbids). */
export class SchemaError extends PlangraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SchemaError";
  }
}

/** An input document that cannot be read or decoded. */
export class InputError extends PlangraphError {
  constructor(
    readonly file: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
    this.name = "InputError";
  }
}

/** A failure while writing to or reading from Neo4j. */
export class LoadError extends PlangraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LoadError";
  }
}
