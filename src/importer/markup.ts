/** Reading one line of a help-center export: entities, bold markers, links and structure markers. */

const entities: Record<string, string> = { '&gt;': '>', '&lt;': '<', '&amp;': '&', '&nbsp;': ' ', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

/** Decodes the HTML entities exports use, drops `**`, and trims; keeps everything a reader sees. */
export function cleanLine(raw: string): string {
  return raw
    .replace(/&(?:gt|lt|amp|nbsp|quot|apos|#39);/g, (entity) => entities[entity] ?? entity)
    .replace(/\u00a0/g, ' ')
    .replace(/\*\*/g, '')
    .trim();
}

/** Markdown links inside a line: `[text](target)`. */
export const markdownLink = /\[([^\]]*)\]\(([^)\s]*)\)/g;

/** A bare http(s) URL (optionally in angle brackets, as Markdown autolinks write it). */
export const bareUrl = /^<?(https?:\/\/[^\s<>]+?)>?$/;

/** A line that only draws structure: `───`, a setext underline `-----`, `===`, `***`. */
export const isSeparator = (text: string) => /^[─━—\-=_*]{3,}$/.test(text.replace(/\s+/g, ''));

/** Branch markers: `>`, `>>`, full-width `＞`, possibly spaced (`> >`). */
export const branchMarker = /^([>＞](?:\s*[>＞])*)\s*/;

/** ① … ⑳: the numbered steps of an answer. */
export const circledDigit = /^([\u2460-\u2473])\s*/;
