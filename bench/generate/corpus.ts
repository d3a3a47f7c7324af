/**
 * Generates a benchmark corpus in the content model: the bundled scripts (kept verbatim) plus
 * N − seeds scripts recombined from their sentences, steps, branches, routes and links and from the
 * word list. Pure: the same inputs and seed give the same files, byte for byte.
 */
import { stringify } from 'yaml';
import type { Branch } from '../../src/model/branch.ts';
import type { GlossaryEntry } from '../../src/model/glossary.ts';
import type { Block, Link, Route } from '../../src/model/script.ts';
import type { SlotDefinition } from '../../src/model/slot.ts';
import type { Step, StepKind } from '../../src/model/step.ts';
import type { CategoryNode, Site } from '../../src/model/vocabulary.ts';
import { createRandom, type Random } from './prng.ts';
import * as words from './words.ts';

/** A bundled script as read from content/faq: its file text and parsed frontmatter. */
export interface SeedScript {
  file: string;
  text: string;
  data: { id: string; title: string; steps: Step[] };
}

/** The bundled content the corpus starts from. */
export interface CorpusSource {
  seeds: SeedScript[];
  categories: CategoryNode[];
  sites: Site[];
  slots: SlotDefinition[];
  glossary: GlossaryEntry[];
}

export interface CorpusOptions {
  count: number;
  seed: number;
}

export interface CorpusFile {
  /** Path relative to the content directory. */
  path: string;
  text: string;
}

/** Share of generated scripts whose MDX body has notes (the rest go through no MDX at all). */
export const notesShare = 0.05;

const extraSlots: SlotDefinition[] = [
  { name: 'phoneNumber', label: '연락처', type: 'phone', placeholder: '010-OOOO-OOOO', description: '고객 계정에 등록된 연락처' },
  { name: 'entryTime', label: '입차시각', type: 'time', placeholder: '○○시 ○○분', description: '입차 처리된 시각' },
  { name: 'siteName', label: '현장명', type: 'text', placeholder: '○○현장', description: '고객이 이용한 현장' },
];

const stepTitles: Record<StepKind, string[]> = {
  empathy: [],
  check: ['이용내역 확인', '결제 내역 확인', '고객 정보 확인'],
  explain: ['원인 안내'],
  guide: ['경로 안내', '해지 방법 안내'],
  resolve: ['처리 안내', '환불 접수'],
  close: ['마무리'],
  other: ['참고'],
};

interface Pools {
  empathyTitles: string[];
  examples: string[];
  lines: string[];
  routes: Route[];
  links: Link[];
  labels: string[];
  hints: string[];
  titlesByKind: Record<StepKind, string[]>;
}

/** Every sentence, route, link, label and step title of the bundled scripts, by kind. */
function collectPools(seeds: SeedScript[]): Pools {
  const pools: Pools = {
    empathyTitles: [], examples: [], lines: [], routes: [], links: [],
    labels: [...words.branchLabels], hints: [...words.branchHints],
    titlesByKind: structuredClone(stepTitles),
  };
  const addBlocks = (blocks: Block[]) => {
    for (const block of blocks) {
      if (typeof block === 'string') pools.lines.push(block);
      else if ('example' in block) pools.examples.push(block.example);
      else if ('route' in block) pools.routes.push(block.route);
      else if ('link' in block) pools.links.push(block.link);
    }
  };
  const addBranches = (branches: Branch[]) => {
    for (const branch of branches) {
      pools.labels.push(branch.label);
      if (branch.hint) pools.hints.push(branch.hint);
      addBlocks(branch.script ?? []);
      addBranches(branch.branches ?? []);
    }
  };
  for (const seed of seeds) {
    for (const step of seed.data.steps) {
      if (step.kind === 'empathy') pools.empathyTitles.push(step.title);
      else pools.titlesByKind[step.kind].push(step.title);
      addBlocks(step.script ?? []);
      addBranches(step.branches ?? []);
    }
  }
  const unique = <T>(items: T[]) => [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
  for (const key of ['empathyTitles', 'examples', 'lines', 'routes', 'links', 'labels', 'hints'] as const) {
    (pools[key] as unknown[]) = unique(pools[key] as unknown[]);
  }
  if (!pools.empathyTitles.length) pools.empathyTitles.push('감성표현');
  return pools;
}

const fill = (template: string, subject: string) => template.replaceAll('{subject}', subject);

function findOrAdd(nodes: CategoryNode[], named: words.Named): CategoryNode {
  let node = nodes.find((candidate) => candidate.name === named.name || candidate.slug === named.slug);
  if (!node) {
    node = { name: named.name, slug: named.slug };
    nodes.push(node);
  }
  return node;
}

/** The bundled tree grown to four levels: roots × groups × topics (× details under some topics). */
function growCategories(bundled: CategoryNode[], random: Random): CategoryNode[] {
  const roots = structuredClone(bundled);
  for (const root of words.categoryRoots) {
    const rootNode = findOrAdd(roots, root);
    for (const group of random.sample(words.categoryGroups, random.int(4, 6))) {
      const groupNode = findOrAdd((rootNode.children ??= []), group);
      for (const topic of random.sample(words.categoryTopics, random.int(3, 6))) {
        const topicNode = findOrAdd((groupNode.children ??= []), topic);
        if (!topicNode.children && random.chance(0.25)) {
          topicNode.children = random.sample(words.categoryDetails, 2).map((detail) => ({ ...detail }));
        }
      }
    }
  }
  return roots;
}

function leafPaths(nodes: CategoryNode[], parent: CategoryNode[] = []): { names: string[]; slug: string }[] {
  return nodes.flatMap((node) => {
    const path = [...parent, node];
    return node.children?.length ? leafPaths(node.children, path) : [{ names: path.map((n) => n.name), slug: node.slug }];
  });
}

function growSites(bundled: Site[]): Site[] {
  const sites = [...bundled];
  for (const area of words.siteAreas) {
    for (const kind of words.siteKinds) sites.push({ name: `${area.name} ${kind.name}`, slug: `${area.slug}-${kind.slug}` });
  }
  return sites;
}

const isoDay = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

function makeGenerator(pools: Pools, random: Random, subject: string) {
  const line = (): Block => (random.chance(0.65) ? random.pick(pools.lines) : fill(random.pick(words.lineTemplates), subject));
  const block = (): Block => {
    const roll = random.next();
    if (roll < 0.1 && pools.routes.length) return { route: random.pick(pools.routes) };
    if (roll < 0.13 && pools.links.length) return { link: random.pick(pools.links) };
    if (roll < 0.2) return { note: fill(random.pick(words.noteTemplates), subject) };
    return line();
  };
  const blocks = (min: number, max: number): Block[] => Array.from({ length: random.int(min, max) }, block);
  const branches = (depth: number): Branch[] =>
    random.sample(pools.labels, random.int(2, 3)).map((label) => {
      const branch: Branch = { label, script: blocks(1, 4) };
      if (random.chance(0.25)) branch.hint = random.pick(pools.hints);
      if (depth < 3 && random.chance(0.3)) branch.branches = branches(depth + 1);
      return branch;
    });
  const steps = (): Step[] => {
    const example = random.chance(0.6) && pools.examples.length ? random.pick(pools.examples) : fill(random.pick(words.exampleTemplates), subject);
    const result: Step[] = [{ title: random.pick(pools.empathyTitles), kind: 'empathy', script: [{ example }, line()] }];
    const middle: StepKind[] = ['check', 'explain', 'guide', 'resolve'];
    for (let i = random.int(1, 3); i > 0; i--) {
      const kind = random.pick(middle);
      const step: Step = { title: random.pick(pools.titlesByKind[kind]), kind, script: blocks(1, 4) };
      if (random.chance(0.45)) step.branches = branches(1);
      result.push(step);
    }
    if (random.chance(0.3)) result.push({ title: random.pick(pools.titlesByKind.close), kind: 'close', script: [fill(words.lineTemplates[8]!, subject)] });
    return result;
  };
  return { steps };
}

/** Optional notes: a GFM table, a list, and now and then the <Route> component. */
function notesBody(random: Random, subject: string, sites: string[], route: Route | undefined): string {
  const rows = sites.slice(0, 4).map((site) => `| ${site} | ${subject} | ${random.pick(words.branchHints)} |`);
  const parts = [
    `**${subject}** 관련 현장별 확인 사항입니다.`,
    '',
    '| 현장 | 항목 | 확인 |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `- ${fill(words.noteTemplates[0]!, subject)}`,
    `- ${fill(words.noteTemplates[1]!, subject)}`,
  ];
  if (route && random.chance(0.2)) parts.push('', `<Route route={${JSON.stringify(route)}} />`);
  return `\n${parts.join('\n')}\n`;
}

const yamlText = (value: unknown) => stringify(value, { lineWidth: 0 });

/** Every file of the corpus, paths relative to the content directory. */
export function generateCorpus(source: CorpusSource, { count, seed }: CorpusOptions): CorpusFile[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got ${count}`);
  const random = createRandom(seed);
  const pools = collectPools(source.seeds);
  const categories = growCategories(source.categories, random);
  const leaves = leafPaths(categories);
  const sites = growSites(source.sites);
  const bundledSites = source.sites.map((site) => site.name);
  const slots = [...source.slots, ...extraSlots.filter((extra) => !source.slots.some((slot) => slot.name === extra.name))];

  const files: CorpusFile[] = [];
  const seeds = source.seeds.slice(0, count);
  const titles = new Set(seeds.map((s) => s.data.title));
  const ids = new Set(seeds.map((s) => s.data.id));
  for (const s of seeds) files.push({ path: `faq/${s.file}`, text: s.text });

  for (let index = 1; files.length < count; index++) {
    const subject = random.pick(words.subjects);
    let title = '';
    for (let attempt = 0; attempt < 40 && (title === '' || titles.has(title)); attempt++) {
      const context = random.chance(0.7) ? `${random.pick(words.contexts)} ` : '';
      title = `${context}${subject} ${random.pick(words.issues)}`;
    }
    for (let n = 2; titles.has(title); n++) title = `${title.replace(/ \(\d+\)$/, '')} (${n})`;
    titles.add(title);

    const leaf = random.pick(leaves);
    const id = `${leaf.slug}-${String(index).padStart(5, '0')}`;
    ids.add(id);
    const faqSites = random.chance(0.25) ? bundledSites : random.sample(sites, random.int(1, 4)).map((site) => site.name);
    const data: Record<string, unknown> = {
      id,
      title,
      category: leaf.names,
      sites: faqSites,
      updated: isoDay(random.int(0, 690)),
    };
    if (random.chance(0.3)) data.owner = random.pick(words.owners);
    if (random.chance(0.2)) data.keywords = random.sample(words.keywordPool, random.int(1, 3));
    data.steps = makeGenerator(pools, random, subject).steps();
    const body = random.chance(notesShare) ? notesBody(random, subject, faqSites, pools.routes[0]) : '';
    files.push({ path: `faq/${id}.mdx`, text: `---\n${yamlText(data)}---\n${body}` });
  }

  // Read raw from YAML, so `related` may be absent (the schema defaults it).
  const glossary = source.glossary.map((entry) => (entry.related ? { ...entry, related: entry.related.filter((id) => ids.has(id)) } : entry));
  files.push(
    { path: 'vocabulary/categories.yaml', text: `# Generated benchmark categories (seed ${seed}).\n${yamlText(categories)}` },
    { path: 'vocabulary/sites.yaml', text: `# Generated benchmark sites (seed ${seed}).\n${yamlText(sites)}` },
    { path: 'vocabulary/slots.yaml', text: `# Bundled slots plus the ones generated lines use.\n${yamlText(slots)}` },
    { path: 'glossary.yaml', text: `# The bundled glossary; related ids limited to scripts in this corpus.\n${yamlText(glossary)}` },
  );
  return files;
}
