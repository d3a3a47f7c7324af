/**
 * `npm run editor`: the local editor for one person, no account. Starts the agents' site in
 * `astro dev` (live reload, same content directory) and the editor server, each on a free
 * localhost port, and prints both addresses. `--no-site` starts only the editor.
 * Usage: npm run editor [-- --content ../team-content --port 0 --no-site]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { settings } from '../config/settings';
import { startEditorServer } from './server/editor-server';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

function startSite(contentDir: string, port: number): ChildProcess {
  const astro = path.resolve('node_modules/.bin/astro');
  return spawn(astro, ['dev', '--host', '127.0.0.1', '--port', String(port)], { env: { ...process.env, KB_CONTENT_DIR: contentDir }, stdio: ['ignore', 'ignore', 'inherit'] });
}

const { values } = parseArgs({ options: { content: { type: 'string' }, port: { type: 'string', default: '0' }, 'no-site': { type: 'boolean', default: false } } });
const contentDir = values.content ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.content) : settings().contentDir;
let site: ChildProcess | undefined;
let siteUrl: string | undefined;
if (!values['no-site']) {
  const port = await freePort();
  site = startSite(contentDir, port);
  siteUrl = `http://127.0.0.1:${port}`;
}
const editor = await startEditorServer({ contentDir, port: Number(values.port), ...(siteUrl ? { siteUrl } : {}) });
console.log(`상담 스크립트 편집기: ${editor.url}/admin/  (내용: ${contentDir})`);
if (siteUrl) console.log(`상담사 사이트 미리보기 (저장하면 새로 고침): ${siteUrl}/`);
console.log('끝내려면 Ctrl+C');
const stop = async () => {
  site?.kill('SIGTERM');
  await editor.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
