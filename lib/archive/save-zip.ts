import { downloadBlob } from '../export/export-file';

/** Saves a zip of the archive as `downloadText` saves markdown. */
export function saveZip(document: Document, fileName: string, bytes: Uint8Array): void {
  downloadBlob(document, fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
}
