/**
 * A Pagefind fragment: what Pagefind stores about one indexed page (its URL, text, metadata and the
 * anchors of its headings with their word positions). Read by the browser to show a hit and by the
 * build to make the vocabulary. Browser-safe.
 */

export interface FragmentAnchor {
  element: string;
  id: string;
  text?: string;
  /** Position (in words of `content`) where the anchored element starts. */
  location: number;
}

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: FragmentAnchor[];
}

/** Pagefind writes this signature before the JSON of every fragment (after decompression). */
const signature = 'pagefind_dcd';

export function parseFragment(text: string): Fragment {
  const json = JSON.parse(text.startsWith(signature) ? text.slice(signature.length) : text) as Partial<Fragment>;
  return { url: json.url ?? '', content: json.content ?? '', meta: json.meta ?? {}, anchors: json.anchors ?? [] };
}

/** Fetches and decompresses one fragment file (gzip) in the browser. */
export async function fetchFragment(url: string, init?: RequestInit): Promise<Fragment> {
  const response = await fetch(url, init);
  if (!response.ok || !response.body) throw new Error(`fragment ${url}: ${response.status}`);
  const text = await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
  return parseFragment(text);
}
