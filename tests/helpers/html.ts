/**
 * Built pages as a DOM for assertions: parse5 parses the HTML (as a browser does), css-select answers
 * CSS selectors, domutils reads text. Tests ask for elements, attributes and text, never regexes over markup.
 */
import { selectAll, selectOne } from 'css-select';
import { hasChildren, isTag, isText, type AnyNode, type Document, type Element } from 'domhandler';
import { getAttributeValue } from 'domutils';
import { parse, parseFragment } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';

export type { Element };
export type Dom = Document | Element;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A whole page (or a fragment such as one element's outer HTML) parsed into a DOM. */
export const parseHtml = (html: string): Dom => (/^\s*(?:<!doctype|<html)/i.test(html) ? parse(html, { treeAdapter: adapter }) : parseFragment(html, { treeAdapter: adapter })) as Dom;

const root = (from: string | Dom) => (typeof from === 'string' ? parseHtml(from) : from);

/** Every element matching a CSS selector, in document order. */
export const all = (from: string | Dom, selector: string): Element[] => selectAll(selector, root(from));

/** The first element matching a CSS selector, or undefined. */
export const one = (from: string | Dom, selector: string): Element | undefined => selectOne(selector, root(from)) ?? undefined;

/** An attribute of an element (undefined when absent). */
export const attr = (element: Element | undefined, name: string) => (element ? getAttributeValue(element, name) : undefined);

const blockElements = new Set(['li', 'dd', 'dt', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'ul', 'ol', 'summary', 'section', 'article', 'nav', 'main', 'header', 'footer', 'tr', 'td', 'th']);

function collect(node: AnyNode, spaced: boolean): string {
  if (isText(node)) return node.data;
  if (isTag(node) && ['script', 'style', 'template'].includes(node.name)) return '';
  const inner = hasChildren(node) ? node.children.map((child) => collect(child, spaced)).join('') : '';
  return spaced && isTag(node) && blockElements.has(node.name) ? ` ${inner} ` : inner;
}

/** Visible text of a page or element, entities decoded, whitespace collapsed; scripts, styles and templates left out. */
export const text = (from: string | Dom | Element | undefined) => (from ? collapse(collect(root(from as string | Dom), false)) : '');

/** The same, with a space between block elements (list items, paragraphs, headings …), as a reader sees them apart. */
export const blockText = (from: string | Dom | Element | undefined) => (from ? collapse(collect(root(from as string | Dom), true)) : '');
