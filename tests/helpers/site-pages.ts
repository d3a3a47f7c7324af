/** The pages of a built site: every HTML file with its URL path, parsed, with its links and ids. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface SitePage {
  /** URL path, e.g. /faq/valet-exit-not-processed/ (or /404.html). */
  url: string;
  file: string;
  html: string;
}

/** Every HTML file under a built directory, as the static server maps URLs to files. */
export function sitePages(dir: string): SitePage[] {
  const pages: SitePage[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.html')) {
        const url = `/${entry.name === 'index.html' ? path.posix.dirname(rel) + '/' : rel}`.replace(/^\/\.\//, '/').replace(/\/+/g, '/');
        pages.push({ url, file: path.join(dir, rel), html: readFileSync(path.join(dir, rel), 'utf8') });
      }
    }
  };
  walk('');
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

export interface PageLink {
  /** Element and attribute the URL came from, for messages: a[href], link[href], script[src], img[src]. */
  from: string;
  url: string;
}

export interface ParsedPage {
  links: PageLink[];
  ids: Set<string>;
}

/** Links (a/area/link href, script/img/source/iframe src) and element ids of a page. */
export function parsePage(html: string): ParsedPage {
  const links: PageLink[] = [];
  const ids = new Set<string>();
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const element = node as Element;
      for (const attribute of element.attrs) {
        if (attribute.name === 'id') ids.add(attribute.value);
        const isLink = (attribute.name === 'href' && ['a', 'area', 'link'].includes(element.tagName)) || (attribute.name === 'src' && ['script', 'img', 'source', 'iframe'].includes(element.tagName));
        if (isLink) links.push({ from: `${element.tagName}[${attribute.name}]`, url: attribute.value });
      }
      if (element.tagName === 'template') visit((element as DefaultTreeAdapterMap['template']).content);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return { links, ids };
}
