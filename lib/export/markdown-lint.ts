/**
 * markdownlint on the exported text, as the newsletter's archive runs it:
 * default rules, MD013 (line length) off, and the file's own disable comments
 * honoured. Loaded on demand so the popup does not carry it until export.
 */
export async function lintIssueMarkdown(markdown: string): Promise<string[]> {
  const { lint } = await import('markdownlint/promise');
  const results = await lint({ strings: { issue: markdown }, config: { default: true, MD013: false } });
  return (results.issue ?? []).map(
    (e) => `markdownlint ${e.ruleNames.slice(0, 2).join('/')} on line ${e.lineNumber}: ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}`,
  );
}
