/** `kb check`: every content problem as `file:line — field: message`, exit 1 when there is any. */
import { checkContent } from '../collections/check-content';
import { displayPath } from '../collections/content-dir';
import { formatProblem } from '../collections/content-error';
import { chosenContentDir, parseCommandArgs, type Io } from './command';

export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values } = parseCommandArgs(args, { content: { type: 'string' } });
  const dir = chosenContentDir(values.content);
  const started = performance.now();
  const result = await checkContent(dir);
  const ms = Math.round(performance.now() - started);
  for (const problem of result.problems) io.err(formatProblem(problem));
  const summary = `${displayPath(dir)}: ${result.files} FAQ file(s), ${result.problems.length} problem(s) (${ms} ms)`;
  if (result.problems.length) {
    io.err(summary);
    return 1;
  }
  io.out(`${summary} — OK`);
  return 0;
}
