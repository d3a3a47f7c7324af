/**
 * The local editor (`npm run editor`): one HTTP server on 127.0.0.1 serving the editor page
 * (Decap CMS's bundle, our client script, the generated configuration), the proxy API Decap's
 * `proxy` backend talks to (decap-server's file system middleware, with the save guard in front so
 * nothing `kb check` rejects is written), and `/api/check` for checks while editing. No account:
 * it listens on localhost only. Its pages get their own Content-Security-Policy; the agents'
 * site and its policy (src/server/headers.ts) are not involved.
 */
import express from 'express';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { formatProblem } from '../../collections/content-error';
import { normaliseText } from '../../collections/mdx-file';
import { today } from '../../collections/today';
import { loadVocabulary } from '../../collections/vocabulary';
import type { EditorSettings } from '../client/settings';
import { bundleClient } from './client-bundle';
import { decapConfig } from './decap-config';
import { saveGuard } from './save-guard';
import { contentPath, problemsAfter } from './staged-check';

const require = createRequire(import.meta.url);
const decapDist = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));

/** Decap renders with inline styles (emotion) and loads its own chunks; nothing leaves the machine. */
export const editorCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const page = `<!doctype html>
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

export interface EditorServerOptions {
  contentDir: string;
  port?: number;
  /** The agents' site for preview links, e.g. the `astro dev` of `npm run editor`. */
  siteUrl?: string;
}

export interface EditorServer {
  url: string;
  close(): Promise<void>;
}

export async function startEditorServer({ contentDir, port = 0, siteUrl }: EditorServerOptions): Promise<EditorServer> {
  const vocabulary = loadVocabulary(contentDir);
  const script = await bundleClient();
  const app = express();
  app.disable('x-powered-by');
  app.use((_request, response, next) => {
    response.setHeader('content-security-policy', editorCsp);
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'no-referrer');
    response.setHeader('cache-control', 'no-store');
    next();
  });
  app.get('/', (_request, response) => response.redirect('/admin/'));
  app.get('/admin/', (_request, response) => response.type('html').send(page));
  app.get('/admin/manual-init.js', (_request, response) => response.type('js').send('window.CMS_MANUAL_INIT = true;\n'));
  app.get('/admin/editor.js', (_request, response) => response.type('js').send(script));
  app.get('/admin/editor.json', (_request, response) => {
    const settings: EditorSettings = {
      decap: decapConfig(vocabulary, { name: 'proxy', proxy_url: '/api/v1', branch: 'main' }),
      vocabulary,
      checkUrl: '/api/check',
      ...(siteUrl ? { siteUrl } : {}),
      today: today(),
    };
    response.json(settings);
  });
  app.use('/admin', express.static(decapDist, { index: false }));

  const json = express.json({ limit: '5mb' });
  app.post('/api/check', json, async (request, response) => {
    const { path: file, text } = request.body as { path?: string; text?: string };
    if (typeof file !== 'string' || typeof text !== 'string' || !contentPath(contentDir, file)) {
      return void response.status(422).json({ problems: ['검사할 수 없습니다: 편집기가 고칠 수 있는 파일(faq/*.mdx, 어휘, 용어집)이 아닙니다.'] });
    }
    const problems = await problemsAfter(contentDir, [{ path: file, text: normaliseText(text) }]);
    response.json({ problems: problems.map(formatProblem) });
  });
  app.post('/api/v1', json, saveGuard(contentDir));
  // decap-server reads the directory from the environment when it registers.
  process.env.GIT_REPO_DIRECTORY = contentDir;
  const { registerLocalFs } = require('decap-server/dist/middlewares') as { registerLocalFs: (app: express.Express, options: { logLevel: string }) => Promise<void> };
  await registerLocalFs(app, { logLevel: 'warn' });

  const server = await new Promise<import('node:http').Server>((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
