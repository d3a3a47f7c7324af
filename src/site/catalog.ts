/** Build-time view of the whole knowledge base that pages share: FAQs, vocabularies and indexes. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../collections/content-error';
import { linkProblems } from '../collections/links';
import { loadCallMemo, loadGlossary, loadVocabulary, vocabularyFiles } from '../collections/vocabulary';
import { settings } from '../config/settings';
import type { CallMemo } from '../model/call-memo';
import { url } from './url';
import { loadThesaurus } from '../collections/thesaurus';
import type { GlossaryEntry } from '../model/glossary';
import type { SlotDefinition } from '../model/slot';
import type { ThesaurusGroup } from '../model/thesaurus';
import { categoryKey, flattenCategories, type CategoryEntry, type Site } from '../model/vocabulary';

export type FaqEntry = CollectionEntry<'faq'>;

export interface Catalog {
  faqs: FaqEntry[];
  categories: CategoryEntry[];
  sites: Site[];
  slots: ReadonlyMap<string, SlotDefinition>;
  glossary: GlossaryEntry[];
  /** The after-call memo's format (메모 복사). */
  callMemo: CallMemo;
  /** The customer-speech thesaurus: the product's default merged with the content directory's thesaurus.yaml. */
  thesaurus: ThesaurusGroup[];
  categoryByKey: ReadonlyMap<string, CategoryEntry>;
  siteByName: ReadonlyMap<string, Site>;
  /** FAQs in a category's subtree (the category itself and every level below). */
  faqsUnder(entry: CategoryEntry): FaqEntry[];
  faqsAtSite(site: Site): FaqEntry[];
}

const byTitle = (a: FaqEntry, b: FaqEntry) => a.data.title.localeCompare(b.data.title, 'ko');
/** Most recently updated first; 가나다 by title among the same day. */
export const newestFirst = (a: FaqEntry, b: FaqEntry) => b.data.updated.localeCompare(a.data.updated) || byTitle(a, b);

/** Remembers a one-argument function's results by argument identity. */
function memo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (!results.has(key)) results.set(key, compute(key));
    return results.get(key)!;
  };
}

let cached: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  cached ??= (async () => {
    const { contentDir } = settings();
    const vocabulary = loadVocabulary(contentDir);
    const glossary = loadGlossary(contentDir);
    const callMemo = loadCallMemo(contentDir);
    const thesaurus = loadThesaurus(contentDir);
    const faqs = (await getCollection('faq')).sort(byTitle);
    const unknown = linkProblems([], glossary, vocabularyFiles.glossary, faqs.map((faq) => faq.data.id));
    if (unknown.length) throw new ContentError(unknown);
    const categories = flattenCategories(vocabulary.categories);
    const isUnder = (faq: FaqEntry, entry: CategoryEntry) => entry.names.every((name, level) => faq.data.category[level] === name);
    return {
      faqs,
      categories,
      sites: vocabulary.sites,
      slots: new Map(vocabulary.slots.map((slot) => [slot.name, slot])),
      glossary,
      callMemo,
      thesaurus,
      categoryByKey: new Map(categories.map((entry) => [categoryKey(entry.names), entry])),
      siteByName: new Map(vocabulary.sites.map((site) => [site.name, site])),
      // Pages ask for the same lists many times (every category page its children's, every list of sites each site's).
      faqsUnder: memo((entry: CategoryEntry) => faqs.filter((faq) => isUnder(faq, entry))),
      faqsAtSite: memo((site: Site) => faqs.filter((faq) => faq.data.sites.includes(site.name))),
    };
  })();
  return cached;
}

export const faqUrl = (id: string) => url({ page: 'faq', id });
export const categoryUrl = (entry: Pick<CategoryEntry, 'slugs'>) => url({ page: 'category', slugs: entry.slugs });
export const siteUrl = (site: Pick<Site, 'slug'>) => url({ page: 'site', slug: site.slug });

/** The category entries along a FAQ's path, root first. */
export function categoryTrail(catalog: Catalog, names: readonly string[]): CategoryEntry[] {
  return names.flatMap((_, level) => catalog.categoryByKey.get(categoryKey(names.slice(0, level + 1))) ?? []);
}

/** ①, ②, … for step numbers 1–20, then plain numbers. */
export const circledNumber = (n: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `${n}.`);

export const formatDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}년 ${month}월 ${day}일`;
};
