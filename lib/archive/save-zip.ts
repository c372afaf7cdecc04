/** Saves a zip through a temporary object URL and a download link, as `downloadText` does for markdown. */
export function saveZip(document: Document, fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
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
