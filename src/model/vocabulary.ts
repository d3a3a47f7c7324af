/** Controlled vocabularies: the category tree and the sites (현장) a script can apply to. */
import { z } from 'astro/zod';

/** Adds an issue for every item whose `field` repeats an earlier item's, e.g. `duplicate site "에버랜드"`. */
export function rejectDuplicates<T>(items: readonly T[], ctx: z.RefinementCtx, field: keyof T & string, label: string, pathPrefix: (string | number)[] = []) {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    const value = item[field];
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [...pathPrefix, index, field], message: `duplicate ${label} "${String(value)}"` });
    seen.add(value);
  });
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(slugPattern, 'lowercase ASCII words joined by "-", e.g. unused-payment').describe('주소용 영문 이름: 소문자·숫자·하이픈 (이름이 바뀌어도 그대로)');

export interface CategoryNode {
  /** The level's name as agents know it, e.g. 이용불편/신고. */
  name: string;
  /** ASCII URL segment, stable when the name changes. */
  slug: string;
  description?: string;
  children?: CategoryNode[];
}

export const categoryNodeSchema: z.ZodType<CategoryNode> = z.lazy(() =>
  z.strictObject({
    name: z.string().min(1).describe('상담유형 이름 (상담사가 아는 그대로)'),
    slug,
    description: z.string().optional().describe('설명'),
    children: z.array(categoryNodeSchema).optional().describe('하위 상담유형'),
  }).describe('상담유형'),
);

/** Sibling names and slugs must be unique so a path of names or slugs names one node. */
export const categoryTreeSchema = z
  .array(categoryNodeSchema)
  .min(1)
  .superRefine((roots, ctx) => {
    const walk = (nodes: CategoryNode[], path: (string | number)[]) => {
      const names = new Set<string>();
      const slugs = new Set<string>();
      nodes.forEach((node, index) => {
        if (names.has(node.name)) {
          ctx.addIssue({ code: 'custom', path: [...path, index, 'name'], message: `duplicate category "${node.name}" at this level` });
        }
        if (slugs.has(node.slug)) {
          ctx.addIssue({ code: 'custom', path: [...path, index, 'slug'], message: `duplicate slug "${node.slug}" at this level` });
        }
        names.add(node.name);
        slugs.add(node.slug);
        if (node.children) walk(node.children, [...path, index, 'children']);
      });
    };
    walk(roots, []);
  });

export const siteSchema = z.strictObject({
  /** The site's name as written in the export, e.g. 인천공항. */
  name: z.string().min(1).describe('현장 이름 (내보내기에 쓰인 그대로, 예: 인천공항)'),
  slug,
  description: z.string().optional().describe('설명'),
}).describe('현장');
export type Site = z.output<typeof siteSchema>;

export const siteListSchema = z
  .array(siteSchema)
  .min(1)
  .superRefine((sites, ctx) => {
    rejectDuplicates(sites, ctx, 'name', 'site');
    rejectDuplicates(sites, ctx, 'slug', 'slug');
  });

/** One node of the tree with its full path, as pages and validation use it. */
export interface CategoryEntry {
  names: string[];
  slugs: string[];
  node: CategoryNode;
}

/** Every node of the tree, parents before children. */
export function flattenCategories(roots: CategoryNode[], parent?: CategoryEntry): CategoryEntry[] {
  return roots.flatMap((node) => {
    const entry: CategoryEntry = {
      names: [...(parent?.names ?? []), node.name],
      slugs: [...(parent?.slugs ?? []), node.slug],
      node,
    };
    return [entry, ...flattenCategories(node.children ?? [], entry)];
  });
}

/** The category path's key: its names joined as the export writes them. */
export { categoryKey } from './category-key';
