/** What every `kb` subcommand shares: its output channels, argument parsing, and the paths it resolves. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { settings } from '../config/settings';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** A subcommand: its arguments in, the exit code out (testable: it never exits the process). */
export type Command = (args: string[], io: Io) => Promise<number>;

/** The project's bundled content, whose slot registry seeds a new content directory. */
export const bundledContent = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');

/** A path the user typed: relative to where they ran `npm run kb` (npm moves to the project root). */
export const userPath = (input: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), input);

/** parseArgs with the usage printed on a mistake. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = false) {
  return parseArgs({ args, options, allowPositionals, strict: true });
}

/** The content directory a command works on: the flag's (`--content`, `--out`) if given, else $KB_CONTENT_DIR or ./content. */
export const chosenContentDir = (flag: string | undefined) => (flag ? userPath(flag) : settings().contentDir);
