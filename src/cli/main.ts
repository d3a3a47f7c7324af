/** The `kb` command line: dispatches to import, check, new, schema. Returns the exit code instead of exiting (testable). */
import type { Command, Io } from './command';

const defaultIo: Io = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

export const usage = `kb — 상담 스크립트 지식베이스 편집 도구

Usage:
  kb import <files or folders…> [--out <content dir>] [--dry-run] [--force]
      도움말 센터 내보내기(.txt/.md)를 FAQ 파일(faq/<id>.mdx)로 가져옵니다.
  kb check [--content <dir>]
      빌드 없이 모든 콘텐츠를 검사합니다 (스키마, 어휘, 중복 id, 슬롯, 스크립트 간 링크).
  kb new --title <질문> --category "발레 ▶ 오류 ▶ 입/출차오인식" --sites "에버랜드,코엑스"
         [--id <slug>] [--kind <step kind>] [--owner <담당>] [--content <dir>]
      검증을 통과하는 새 FAQ 파일을 만듭니다.
  kb schema [--content <dir>] [--out <dir>] [--check]
      콘텐츠 디렉터리의 어휘와 zod 스키마에서 JSON Schema(schemas/faq.schema.json)를 만듭니다 (--check: 최신인지 확인).

The content directory defaults to $KB_CONTENT_DIR or ./content. KB_TODAY=YYYY-MM-DD fixes "today".`;

// Loaded on demand: `kb check` in a pre-commit hook should not pay for the importer's modules.
const commands: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./import')).runImport,
  check: async () => (await import('./check')).runCheck,
  new: async () => (await import('./new')).runNew,
  schema: async () => (await import('./schema')).runSchema,
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(`kb: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`kb ${name}: ${message}`);
    return /Unknown option|Unexpected argument|argument missing/i.test(message) ? 2 : 1;
  }
}
