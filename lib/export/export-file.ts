/** Saves text as a file through a temporary object URL and a download link. */
export function downloadText(document: Document, fileName: string, text: string): void {
  downloadBlob(document, fileName, new Blob([text], { type: 'text/markdown;charset=utf-8' }));
}

/** Saves a blob (markdown, a zip of the archive) through a temporary object URL and a download link. */
export function downloadBlob(document: Document, fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
