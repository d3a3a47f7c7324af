/** Components that FAQ notes (the MDX body) can use without importing them. */
import type { noteComponents } from '../collections/mdx-body';
import RouteView from './RouteView.astro';

// The content check rejects any other component name, so the two lists must stay equal.
export const mdxComponents = { Route: RouteView } satisfies Record<(typeof noteComponents)[number], unknown>;
