/**
 * `/` or Ctrl+K (⌘K) anywhere asks for the search box. A module of its own: every page's first view
 * (SiteSearch.astro, page-parts.ts) needs this test and nothing else of the box's keyboard.
 */

/** Whether a key press asks for the search box: `/` while not typing elsewhere, or Ctrl+K / ⌘K. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  const typing = (event.target as Element | null)?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  return slash || ctrlK;
}
