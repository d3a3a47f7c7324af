/** The route table (routes.ts) under this build's base: kb.config.ts `base` / KB_BASE, also Astro's `base`. Build side only. */
import { settings } from '../config/settings';
import { parseRoute, routePath, type Route } from './routes';

export const url = (route: Route) => routePath(route, settings().base);
export const routeOf = (pathname: string) => parseRoute(pathname, settings().base);
