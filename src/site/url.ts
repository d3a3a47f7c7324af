/** The route table (routes.ts) under this build's base: kb.config.ts `base` / KB_BASE, also Astro's `base`. Build side only. */
import { settings } from '../config/settings';
import { parseRoute, routePath, type Route } from './routes';

// A build's base never changes while it runs, and pages build tens of links each: read it once
// (settings() re-reads the KB_* variables on every call, ≈ 5 µs, seconds over a 10,000-page build).
let buildBase: string | undefined;
const base = () => (buildBase ??= settings().base);

export const url = (route: Route) => routePath(route, base());
export const routeOf = (pathname: string) => parseRoute(pathname, base());
