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
import { formatProblem } from '../../collections/content-error';
import { normaliseText } from '../../model/normalise-text';
import { settings as kbSettings } from '../../config/settings';
import { loadVocabulary } from '../../collections/vocabulary';
import type { EditorSettings } from '../client/settings';
import { bundleClient } from './client-bundle';
import { decapDist, editorCspFor, editorPage, manualInit } from './editor-page';
import { decapConfig } from './decap-config';
import { saveGuard } from './save-guard';
import { contentPath, problemsAfter } from './staged-check';

const require = createRequire(import.meta.url);

/** Locally the editor talks only to this server. */
export const editorCsp = editorCspFor();

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
  app.get('/admin/', (_request, response) => response.type('html').send(editorPage));
  app.get('/admin/manual-init.js', (_request, response) => response.type('js').send(manualInit));
  app.get('/admin/editor.js', (_request, response) => response.type('js').send(script));
  app.get('/admin/editor.json', (_request, response) => {
    const settings: EditorSettings = {
      decap: decapConfig(vocabulary, { name: 'proxy', proxy_url: '/api/v1', branch: 'main' }),
      vocabulary,
      checkUrl: '/api/check',
      ...(siteUrl ? { siteUrl } : {}),
      today: kbSettings().freshness.today,
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
