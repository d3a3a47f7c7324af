/** The attribute the service worker puts on <html> of a page it served from its copy: when that copy was saved (ISO time). */
export const offlineAttribute = 'data-kb-offline';
