/** How a category path is written as one value (pages, filters, search): levels joined by ` ▶ `. No zod: the browser imports it. */
const separator = ' ▶ ';

export const categoryKey = (names: readonly string[]) => names.join(separator);

/** Every level of a category key, from the root: `발레 ▶ 오류` → [`발레`, `발레 ▶ 오류`]. */
export function categoryLevels(key: string): string[] {
  const names = key ? key.split(separator) : [];
  return names.map((_, level) => categoryKey(names.slice(0, level + 1)));
}
