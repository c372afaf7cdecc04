import { downloadText } from './export-file';
import { lintIssueMarkdown } from './markdown-lint';

/** Clipboard, file download and markdownlint, as an extension page provides them. */
export function browserExportActions(document: Document, clipboard: Pick<Clipboard, 'writeText'>) {
  return {
    copyText: (text: string) => clipboard.writeText(text),
    downloadText: (fileName: string, text: string) => downloadText(document, fileName, text),
    lint: lintIssueMarkdown,
  };
}
