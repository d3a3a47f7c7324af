/**
 * `npm run editor:build`: the production editor as static files in editor-dist/admin/ (the page,
 * Decap's bundle, our script and the generated editor.json), for a host of its own — never the
 * agents' site, whose dist/ does not contain it. Sign-in and saving go to the git host (GitHub
 * backend of backend.json, editorial workflow: every save is a pull request); the host serves the
 * page with deploy/editor/security-headers.conf.
 * Usage: npm run editor:build [-- --out editor-dist]
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundleClient } from '../server/client-bundle';
import { decapDist, editorPage, manualInit } from '../server/editor-page';
import { settingsFile } from '../client/settings';
import { editorGeneratedDir } from './editor-files';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'editor-dist' } } });
const out = path.resolve(values.out!, 'admin');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// decap-cms ships two identical builds (cms.js and decap-cms.js, each with its chunks); the page loads decap-cms.js.
const shipped = (file: string) => !/\.map$|^(?:\d+\.)?cms\.(?:js|css)(?:\.LICENSE\.txt)?$/.test(path.basename(file));
cpSync(decapDist, out, { recursive: true, filter: shipped });
writeFileSync(path.join(out, 'index.html'), editorPage);
writeFileSync(path.join(out, 'manual-init.js'), manualInit);
writeFileSync(path.join(out, 'editor.js'), await bundleClient());
writeFileSync(path.join(out, settingsFile), readFileSync(path.join(editorGeneratedDir, settingsFile)));
console.log(`편집기(운영용)를 ${path.relative(process.cwd(), out)}/ 에 만들었습니다. 상담사 사이트와 다른 호스트에 올리세요 (README "편집기 › 운영").`);
