/** The editor page's own script (src/editor/client/main.ts), bundled for the browser with esbuild. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../client/main.ts', import.meta.url));

export async function bundleClient(): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'error' });
  return result.outputFiles[0]!.text;
}
