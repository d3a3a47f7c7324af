/**
 * Adds an import's new categories and sites to a content directory's vocabulary files, keeping
 * their comments and order (YAML documents are edited, not re-serialised from data).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, YAMLSeq, type Document, type YAMLMap } from 'yaml';
import { vocabularyFiles } from '../collections/vocabulary';
import { normaliseText } from '../model/normalise-text';
import type { Vocabulary } from '../model/faq';
import { slotRegistrySchema } from '../model/slot';
import { categoryTreeSchema, siteListSchema } from '../model/vocabulary';
import { uniqueSlug } from './slug';

const headers = {
  categories: '# The category tree (상담유형). Each level has the name agents know and an ASCII slug for URLs.\n',
  sites: '# Sites (현장) a script can apply to, as the export writes them.\n',
};

export class VocabularyEditor {
  private readonly docs: Record<'categories' | 'sites' | 'slots', Document>;
  private readonly dirty = new Set<'categories' | 'sites'>();
  readonly added = { categories: [] as string[], sites: [] as string[] };

  /** `fallbackSlots`: the slot registry to start from when the directory has none. */
  constructor(private readonly contentDir: string, fallbackSlots: string) {
    const read = (file: string, fallback: string) => {
      const full = path.join(contentDir, file);
      return parseDocument(existsSync(full) ? normaliseText(readFileSync(full, 'utf8')) : fallback);
    };
    this.docs = {
      categories: read(vocabularyFiles.categories, `${headers.categories}[]\n`),
      sites: read(vocabularyFiles.sites, `${headers.sites}[]\n`),
      slots: read(vocabularyFiles.slots, fallbackSlots),
    };
    if (!existsSync(path.join(contentDir, vocabularyFiles.slots))) this.dirty.add('slots' as never);
  }

  private seq(doc: Document): YAMLSeq {
    if (!isSeq(doc.contents)) doc.contents = new YAMLSeq() as never;
    const seq = doc.contents as YAMLSeq;
    seq.flow = false;
    return seq;
  }

  /** Ensures the category path exists; returns true when something was added. */
  addCategory(names: readonly string[]): boolean {
    let level = this.seq(this.docs.categories);
    let added = false;
    names.forEach((name, depth) => {
      let node = level.items.find((item) => isMap(item) && item.get('name') === name);
      if (!node || !isMap(node)) {
        const taken = new Set(level.items.flatMap((item) => (isMap(item) ? [String(item.get('slug'))] : [])));
        node = this.docs.categories.createNode({ name, slug: uniqueSlug(name, taken, 'category') });
        level.add(node);
        this.added.categories.push(names.slice(0, depth + 1).join(' ▶ '));
        added = true;
      }
      if (depth < names.length - 1) {
        const map = node as YAMLMap;
        const existing: unknown = map.get('children', true);
        const children = isSeq(existing) ? existing : new YAMLSeq();
        if (children !== existing) map.set('children', children);
        level = children;
      }
    });
    if (added) this.dirty.add('categories');
    return added;
  }

  addSite(name: string): boolean {
    const seq = this.seq(this.docs.sites);
    if (seq.items.some((item) => isMap(item) && item.get('name') === name)) return false;
    const taken = new Set(seq.items.flatMap((item) => (isMap(item) ? [String(item.get('slug'))] : [])));
    seq.add(this.docs.sites.createNode({ name, slug: uniqueSlug(name, taken, 'site') }));
    this.added.sites.push(name);
    this.dirty.add('sites');
    return true;
  }

  /** The slot registry, available before any category exists. */
  slotsForParsing() {
    return slotRegistrySchema.parse(this.docs.slots.toJS());
  }

  /** The vocabulary as it stands (validated by the same schemas as the build). */
  vocabulary(): Vocabulary {
    return {
      categories: categoryTreeSchema.parse(this.docs.categories.toJS()),
      sites: siteListSchema.parse(this.docs.sites.toJS()),
      slots: slotRegistrySchema.parse(this.docs.slots.toJS()),
    };
  }

  /** Writes the files that changed; returns their paths. */
  save(): string[] {
    const written: string[] = [];
    for (const name of this.dirty as Set<'categories' | 'sites' | 'slots'>) {
      const file = path.join(this.contentDir, vocabularyFiles[name]);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, this.docs[name].toString({ lineWidth: 0, flowCollectionPadding: false }));
      written.push(file);
    }
    this.dirty.clear();
    return written;
  }
}
