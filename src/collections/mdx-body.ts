/**
 * Checks an FAQ's MDX body (its notes) without building: syntax errors (an unclosed `<발레>`) and
 * `{…}` expressions, which MDX would evaluate as code — in notes they are almost always text that
 * needed `\{`. Comments `{/* … *\/}` are fine.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { ContentProblem } from './content-error';

const processor = createProcessor();

interface Node {
  type: string;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

/** `firstLine`: the file line where the body starts. */
export function mdxBodyProblems(file: string, body: string, firstLine: number): ContentProblem[] {
  if (!body.trim()) return [];
  let tree: Node;
  try {
    tree = processor.parse(body) as Node;
  } catch (error) {
    const place = error as { line?: number; reason?: string; message: string };
    return [{ file, line: place.line ? place.line + firstLine - 1 : firstLine, message: `MDX body: ${(place.reason ?? place.message).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')}; write \\< \\{ to show these characters as text` }];
  }
  const problems: ContentProblem[] = [];
  const walk = (node: Node) => {
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) {
      problems.push({
        file,
        line: (node.position?.start.line ?? 1) + firstLine - 1,
        message: `MDX body: {${node.value}} would run as code; write \\{${node.value}\\} to show the braces as text`,
      });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return problems;
}
