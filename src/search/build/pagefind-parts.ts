/**
 * Feeds script pages to Pagefind's Node API, in parts: Pagefind holds every page of an index until it
 * writes it, so after `perIndex` pages the part is written and deleted before the next one starts
 * (memory bounded by design). The first part goes to <site>/pagefind, the others to
 * <site>/pagefind/parts/<n>/; the browser merges them (Pagefind's mergeIndex) and only asks them for
 * rare words.
 *
 * Pages are queued, not indexed in the caller's turn: during `astro build` (src/middleware.ts) Pagefind's
 * own process indexes on the second core while Astro renders the next pages. At most `maxQueued`
 * pages wait; `add` then waits for Pagefind (the queue never holds the whole site).
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The primary bundle directory, relative to the site. */
export const bundleDir = 'pagefind';

/**
 * Pages per Pagefind index. Pagefind holds ≈ 200 kB per script page until it writes the part, and it runs
 * beside Astro's rendering: 600 pages keep it near 0.14 GB (2,500 took 0.4 GB). The browser merges
 * the parts and asks them only for rare words, so more parts cost little at query time.
 */
export const pagesPerIndex = 600;

/**
 * Pages waiting for Pagefind before `add` waits. While Pagefind writes a full part it takes no pages, so the
 * queue holds what Astro renders meanwhile (≈ 40 kB of text a page: ≈ 20 MB at most) instead of stalling it.
 */
const maxQueued = 512;

/** Bundle directory of part `index` (0-based), relative to the site. */
export const partDir = (index: number) => (index === 0 ? bundleDir : `${bundleDir}/parts/${index + 1}`);

/**
 * Attributes Pagefind never reads: styling (`class`, Astro's scoped-style markers), accessibility and our
 * scripts' `data-*`. Only `data-pagefind-*`, `id` (sub-result anchors), `lang`, `hidden` and the like stay.
 */
const unreadAttribute = /\s(?:class|aria-[\w-]+|data-(?!pagefind-)[\w-]+)="[^"]*"|\sdata-astro-cid-[\w-]+(?=[\s>/])/g;

/**
 * What Pagefind needs of a page: the language, the title and <main>, where the script's `data-pagefind-body`
 * and `data-pagefind-meta` live, without the attributes it never reads. The header, sidebar, footer and
 * those attributes are more than half of every page's bytes, which Pagefind's Node API sends to its
 * process (JSON in base64) and parses only to skip; the index and the fragments it writes are
 * byte-identical either way. Attributes are removed only inside start tags (text never holds `<`).
 */
export function pagefindView(html: string): string {
  const htmlAt = html.indexOf('<html');
  const mainAt = html.indexOf('<main');
  const mainEnd = html.indexOf('</main>');
  if (htmlAt < 0 || mainAt < htmlAt || mainEnd < mainAt) return html;
  const htmlTag = html.slice(htmlAt, html.indexOf('>', htmlAt) + 1);
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  const main = html.slice(mainAt, mainEnd + '</main>'.length).replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(unreadAttribute, ''));
  return `<!DOCTYPE html>${htmlTag}<head>${title}</head><body>${main}</body></html>`;
}

/** Throws one error listing what Pagefind reported, so a broken index fails the build. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export interface IndexedParts {
  pages: number;
  /** Bundle directories written, relative to the site, first part first. */
  dirs: string[];
}

export class PagefindParts {
  private index: pagefind.PagefindIndex | undefined;
  private inPart = 0;
  private pages = 0;
  private readonly dirs: string[] = [];
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
  private failure: unknown;

  constructor(
    private readonly siteDir: string,
    private readonly perIndex = pagesPerIndex,
  ) {}

  /** Queues a page (`url` relative to the site root: `/faq/<id>/`); waits only while the queue is full. */
  async add(url: string, html: string): Promise<void> {
    if (this.failure) throw this.failure;
    const content = pagefindView(html);
    this.queued++;
    const step = this.queue.then(async () => {
      this.index ??= await this.createIndex();
      const added = await this.index.addHTMLFile({ url, content });
      check(`indexing ${url}`, added.errors);
      this.pages++;
      if (++this.inPart === this.perIndex) await this.writePart();
    });
    this.queue = step.then(
      () => void this.queued--,
      (error: unknown) => {
        this.queued--;
        this.failure ??= error;
      },
    );
    if (this.queued > maxQueued) await step;
  }

  /** Writes the last part (an empty index for a site without script pages) and stops Pagefind. */
  async finish(): Promise<IndexedParts> {
    try {
      await this.queue;
      if (this.failure) throw this.failure;
      if (this.inPart > 0 || this.dirs.length === 0) {
        this.index ??= await this.createIndex();
        await this.writePart();
      }
      return { pages: this.pages, dirs: [...this.dirs] };
    } finally {
      await pagefind.close();
    }
  }

  /** Stops Pagefind without writing (the build failed). */
  async abort(): Promise<void> {
    await pagefind.close();
  }

  private async createIndex(): Promise<pagefind.PagefindIndex> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    return index;
  }

  private async writePart(): Promise<void> {
    const index = this.index!;
    this.index = undefined;
    const dir = partDir(this.dirs.length);
    try {
      const written = await index.writeFiles({ outputPath: path.join(this.siteDir, dir) });
      check('writeFiles', written.errors);
    } finally {
      await index.deleteIndex();
    }
    this.dirs.push(dir);
    this.inPart = 0;
  }
}
