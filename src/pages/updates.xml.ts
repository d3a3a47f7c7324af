/** RSS feed of script changes (/updates.xml) for the team's feed reader; same items as 최근 업데이트. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { settings } from '../config/settings';
import { faqUrl, getCatalog } from '../site/catalog';
import { eventLabel, updateHistory, updatesUrl } from '../site/updates';

export async function GET(context: APIContext) {
  const catalog = await getCatalog();
  const { brand, limits } = settings();
  // How many changes the feed carries; readers keep older ones themselves.
  const items = updateHistory(catalog).slice(0, limits.feedItems);
  return rss({
    title: `${brand.siteName} — 최근 업데이트`,
    description: `${brand.service} ${brand.siteName}의 추가·변경 내역`,
    site: context.site ?? 'http://localhost:4321',
    // Item links already end in `/` before their fragment.
    trailingSlash: false,
    customData: `<language>ko</language><docs>${new URL(updatesUrl, context.site ?? 'http://localhost:4321').href}</docs>`,
    items: items.map(({ faq, event }) => ({
      title: `[${eventLabel(event)}] ${faq.data.title}`,
      // The date in the fragment keeps every change its own item in readers.
      link: `${faqUrl(faq.data.id)}#update-${event.date}`,
      // Midnight in Korea, where the team works.
      pubDate: new Date(`${event.date}T00:00:00+09:00`),
      description: event.summary ?? `${faq.data.category.join(' ▶ ')} — ${eventLabel(event)}`,
      categories: [...faq.data.category],
    })),
  });
}
