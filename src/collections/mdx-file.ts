/** Splits an MDX file into YAML frontmatter and body, remembering where each starts. */

export interface MdxParts {
  frontmatter: string;
  /** Line of the file where the frontmatter text starts (after the opening `---`). */
  frontmatterLine: number;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

export function splitMdx(text: string): MdxParts | undefined {
  const match = /^---\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return undefined;
  const bodyLine = (match[0].match(/\n/g)?.length ?? 0) + 1;
  return { frontmatter: match[1] ?? '', frontmatterLine: 2, body: text.slice(match[0].length), bodyLine };
}
