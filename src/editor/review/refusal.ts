/** The Korean message of a refused save, shared by the page's pre-save check and the local save path. */
export function refusalMessage(problems: readonly string[]): string {
  return `저장하지 않았습니다 (파일은 그대로입니다). kb check가 거부하는 내용이 있습니다:\n${problems.map((line) => `• ${line}`).join('\n')}\n표시된 항목을 고친 뒤 다시 저장하세요.`;
}
