/**
 * Checks an FAQ's MDX body (its notes) before the build compiles it: syntax errors (unclosed tags,
 * stray braces), `{expressions}` that would crash the page, unknown components and active content.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { ContentProblem } from './content-error';

/**
 * Components notes may use without importing them. src/components/mdx-components.ts maps exactly
 * these names (its type is checked against this list), so a typo such as <route> is caught here.
 */
export const noteComponents = ['Route'] as const;

/** Elements and attributes that would run code or pull in other pages; notes are text, tables and lists. */
const activeElements = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form']);

// Parsing is enough: every check here reads the syntax tree, and parsing costs a fraction of
// compiling (which the build does later, with the site's plugins).
const processor = createProcessor();

interface MdxSyntaxError {
  line?: number | null;
  reason?: string;
  message: string;
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdxNode[];
}

/** The fix an editor needs for the MDX errors that happen when notes are written like plain text. */
function hint(reason: string): string {
  if (/closing tag|end of file in element|before the end of/i.test(reason)) return 'close every tag (<br />, <b>…</b>) or write &lt; for a literal "<"';
  if (/expression|brace|acorn/i.test(reason)) return 'write \\{ for a literal "{" or close the expression with "}"';
  return 'MDX is Markdown with JSX: write \\{ and &lt; for literal braces and angle brackets';
}

const scriptUrl = /^\s*(?:javascript|vbscript|data):/i;

const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

function nodeProblem(node: MdxNode): string | undefined {
  if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value ?? '')) {
    return `"{${node.value}}" is code, not text, and would break the page; slots ({{name}}) work only in script lines — write \\{ for a literal brace`;
  }
  if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && scriptUrl.test(node.url ?? '')) return `the link "${node.url}" would run code; links go to http(s) addresses`;
  if (node.type === 'mdxjsEsm') return 'import/export is not allowed in notes; the components notes can use are available without importing them';
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const name = node.name ?? '';
  if (activeElements.has(name.toLowerCase())) return `<${name}> is not allowed in notes (notes are text, tables, lists and ${noteComponents.map((c) => `<${c}>`).join(', ')})`;
  if (/^[A-Z]/.test(name) && !(noteComponents as readonly string[]).includes(name)) {
    return `unknown component <${name}>; notes can use ${noteComponents.map((c) => `<${c}>`).join(', ')}`;
  }
  const handler = node.attributes?.find((attribute) => /^on/i.test(attribute.name ?? ''));
  if (handler) return `event handler attribute ${handler.name} is not allowed in notes`;
  const scripted = node.attributes?.find((attribute) => typeof attribute.value === 'string' && scriptUrl.test(attribute.value));
  if (scripted) return `the ${scripted.name} "${String(scripted.value)}" would run code; links go to http(s) addresses`;
  return undefined;
}

/** `bodyLine` is the file line where the body starts, so problems point into the file. */
export function checkMdxBody(file: string, body: string, bodyLine: number): ContentProblem[] {
  const at = (line: number | null | undefined) => (line ? bodyLine + line - 1 : bodyLine);
  let tree: MdxNode;
  try {
    tree = processor.parse(body) as MdxNode;
  } catch (error) {
    const { line, reason, message } = error as MdxSyntaxError;
    // Drop the parser's body-relative position, e.g. "(2:5-2:8)": the problem's line is the file's.
    const why = (reason ?? message).replace(/\s*\(\d+:\d+-\d+:\d+\)/g, '');
    return [{ file, line: at(line), field: 'body', message: `MDX syntax error: ${why} — ${hint(why)}` }];
  }
  const problems: ContentProblem[] = [];
  const walk = (node: MdxNode) => {
    const message = nodeProblem(node);
    if (message) problems.push({ file, line: at(node.position?.start.line), field: 'body', message });
    node.children?.forEach(walk);
  };
  walk(tree);
  return problems;
}
