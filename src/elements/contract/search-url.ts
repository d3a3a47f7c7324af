/**
 * The search box's URL state: `?q=` (the query as typed), the filters (`category1`…`category3`,
 * `site`; repeated for several values) and `?literal=1` (search the text as typed, without typo or
 * keyboard-mode corrections; only with a query). Other parameters of the page (`mode=practice`) are
 * kept. Pure: parse and format, so a shared link, reload and back/forward read what the box wrote.
 */

/** Parameter names. `query` is also the name of the box's <input> (SiteSearch.astro), so the form works without JavaScript. */
export const searchParams = {
  query: 'q',
  literal: 'literal',
  filters: ['category1', 'category2', 'category3', 'site'],
} as const;

export interface SearchUrlState {
  /** The query as typed (not trimmed: it goes back into the input). */
  query: string;
  /** True: search the text as typed (the correction notice's `그대로 찾기`). */
  literal: boolean;
  /** Filter name (one of searchParams.filters) → chosen values; names without values are absent. */
  filters: Record<string, string[]>;
}

/**
 * The box's state in a URL query (`location.search`, with or without `?`). Tolerant: unknown
 * parameters are ignored, empty and repeated filter values dropped, a bad escape read as Unicode's
 * replacement character (URLSearchParams), `literal` other than `1` is off.
 */
export function parseSearchUrl(search: string): SearchUrlState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of searchParams.filters) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (values.length) filters[name] = values;
  }
  return { query: params.get(searchParams.query) ?? '', literal: params.get(searchParams.literal) === '1', filters };
}

/**
 * The URL query (`?…`, or '' when nothing is left) for a state, keeping the other parameters of `current`.
 * The query is trimmed and left out when blank; `literal=1` is written only with a query.
 * @example formatSearchUrl({ query: ' 환볼 ', literal: true, filters: {} }) → '?q=%ED%99%98%EB%B3%BC&literal=1'
 */
export function formatSearchUrl(state: SearchUrlState, current = ''): string {
  const params = new URLSearchParams(current);
  params.delete(searchParams.query);
  params.delete(searchParams.literal);
  for (const name of searchParams.filters) params.delete(name);
  const query = state.query.trim();
  if (query) params.set(searchParams.query, query);
  if (query && state.literal) params.set(searchParams.literal, '1');
  for (const name of searchParams.filters) for (const value of state.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
