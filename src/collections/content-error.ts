/** Content errors as data: the file, the line, the field, what is wrong and how to fix it. */

export interface ContentProblem {
  /** Path of the file, relative to the project root when possible. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted field path, e.g. steps[1].branches[0].label. */
  field?: string;
  message: string;
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The part of a zod issue that messages need (zod's own type is not exported by astro/zod). */
interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  input?: unknown;
  keys?: string[];
}

/** Turns a schema issue into a problem; a missing field says so instead of "received undefined". */
export function problemFromIssue(file: string, issue: SchemaIssue, lineOf: (path: readonly PropertyKey[]) => number | undefined): ContentProblem {
  // An unknown key (usually a typo such as `titel`) is reported at the key itself, not at its parent.
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    const path = [...issue.path, issue.keys[0]!];
    const names = issue.keys.map((key) => `"${key}"`).join(', ');
    return { file, line: lineOf(path), field: formatFieldPath(path), message: `unknown field ${names}; fix the spelling or remove it (the README lists every field)` };
  }
  const field = formatFieldPath(issue.path) || undefined;
  const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
  const single = issue.code === 'invalid_type' && issue.expected === 'array';
  return {
    file,
    line: lineOf(issue.path),
    field,
    message: missing
      ? `required field is missing (expected ${issue.expected ?? 'a value'})`
      : single
        ? `${issue.message}; write a list, e.g. [에버랜드] or one "- item" per line`
        : issue.message,
  };
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return problem.field ? `${where} — ${problem.field}: ${problem.message}` : `${where} — ${problem.message}`;
}

/** Thrown when content cannot be built; its message lists every problem, one per line. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
