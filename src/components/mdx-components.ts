/** Components that FAQ notes (the MDX body) can use without importing them. */
import RouteView from './RouteView.astro';

export const mdxComponents = { Route: RouteView };
