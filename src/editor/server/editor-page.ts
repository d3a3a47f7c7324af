/**
 * The editor's page, the same locally and in production: Decap CMS's bundle (loaded with manual
 * initialisation) followed by our script, which reads `editor.json` beside the page. No inline
 * script, so the page's Content-Security-Policy can forbid them.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Decap CMS's prebuilt bundle and its chunks, served beside the page. */
export const decapDist = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));

export const editorPage = `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>상담 스크립트 편집기</title>
<script src="manual-init.js"></script>
<script src="decap-cms.js"></script>
</head>
<body>
<script src="editor.js"></script>
</body>
</html>
`;

export const manualInit = 'window.CMS_MANUAL_INIT = true;\n';

/**
 * The editor's Content-Security-Policy. Decap needs 'unsafe-eval' (it stops loading without it)
 * and inline styles (emotion); `connect` lists where it may talk to: its own server locally, the
 * git host's API and sign-in in production. The agents' pages keep their own policy.
 */
export function editorCspFor(connect: readonly string[] = [], images: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${images.map((origin) => ` ${origin}`).join('')}`,
    "font-src 'self' data:",
    `connect-src 'self'${connect.map((origin) => ` ${origin}`).join('')}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
