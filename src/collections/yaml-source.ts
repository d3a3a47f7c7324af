/** YAML with positions: parse a document and find the line of any field path, for error messages. */
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';

export interface YamlSource {
  document: Document;
  /** 1-based line of the node at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Syntax errors with their lines. */
  errors: { line: number; message: string }[];
}

/** `firstLine` is the file line where the YAML text starts (2 for MDX frontmatter after `---`). */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = document.contents;
    let line = node && typeof node === 'object' && 'range' in node ? lineAt((node as { range: [number] }).range[0]) : undefined;
    for (const key of path) {
      if (!isCollection(node)) break;
      const pair = typeof key === 'number' ? undefined : node.items.find((item) => (item as { key?: { value?: unknown } }).key?.value === key);
      const next = typeof key === 'number' ? node.get(key, true) : (pair as { value?: unknown } | undefined)?.value;
      const keyRange = (pair as { key?: { range?: [number] } } | undefined)?.key?.range;
      const range = (next as { range?: [number] } | undefined)?.range ?? keyRange;
      if (!range) break;
      line = lineAt(range[0]);
      node = next;
    }
    return line;
  };

  const errors = document.errors.map((error) => {
    const message = error.message.split('\n')[0] ?? error.message;
    // The parser reports an unclosed quote where the document ends; the editor needs the line that opened it.
    const opened = error.code === 'MISSING_CHAR' && /quote/.test(message) ? unclosedQuoteLine(text) : undefined;
    return opened === undefined
      ? { line: lineAt(error.pos[0]), message }
      : { line: opened + firstLine - 1, message: `${message}: a quoted value is not closed; add the closing quote at the end of the line` };
  });
  return { document, lineOf, errors };
}

/** First 1-based line with an odd number of unescaped double quotes (or single quotes), if any. */
function unclosedQuoteLine(text: string): number | undefined {
  const lines = text.split('\n');
  const odd = (line: string, quote: string) => (line.replace(/\\./g, '').split(quote).length - 1) % 2 === 1;
  const index = lines.findIndex((line) => odd(line, '"') || odd(line.replace(/"[^"]*"/g, ''), "'"));
  return index === -1 ? undefined : index + 1;
}
