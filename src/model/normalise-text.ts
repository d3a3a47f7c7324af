/** Text as editors' tools and exports produce it, normalised once: no BOM, LF line endings, composed (NFC) Hangul. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
