// Typed errors: every failure the CLI reports carries a code, an exit code and where it happened.

export type ErrorCode =
  | 'ENOENT' // a path that does not exist
  | 'EEMPTY' // an empty file, or a folder with no articles
  | 'EBINARY' // a file that is not text
  | 'EENCODING' // a file that is not UTF-8
  | 'ETOOLARGE' // an article over the size limit
  | 'EFORMAT' // malformed input: front matter, JSON Lines, Turtle, gold file
  | 'ESPARQL' // malformed SPARQL
  | 'EUSAGE' // a bad option value or an unknown name
  | 'EREMOTE' // an endpoint that cannot be reached or answers with an error
  | 'ETIMEOUT'; // a query or request over its time limit

export interface ErrorContext {
  file?: string;
  line?: number;
  column?: number;
}

/** Exit codes follow the command line convention of the tool: 2 for bad input, 3 for remote failures. */
const EXIT_CODES: Record<ErrorCode, number> = {
  ENOENT: 2,
  EEMPTY: 2,
  EBINARY: 2,
  EENCODING: 2,
  ETOOLARGE: 2,
  EFORMAT: 2,
  ESPARQL: 2,
  EUSAGE: 2,
  EREMOTE: 3,
  ETIMEOUT: 3,
};

export class NewskgError extends Error {
  readonly code: ErrorCode;
  readonly context: ErrorContext;

  constructor(code: ErrorCode, message: string, context: ErrorContext = {}) {
    super(message);
    this.name = 'NewskgError';
    this.code = code;
    this.context = context;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }

  /** One line, `file:line:column: message`, as compilers print it. */
  override toString(): string {
    const { file, line, column } = this.context;
    const where = [file, line, line !== undefined ? column : undefined].filter((x) => x !== undefined);
    return where.length > 0 ? `${where.join(':')}: ${this.message}` : this.message;
  }
}
