import type { BackupDownloads, DownloadRecord } from '@/lib/backup/backup-downloads';

/** The downloads API as far as backups use it: files land in `files`, by full path. */
export function fakeDownloads(start: DownloadRecord[] = []) {
  const items = [...start];
  const files = new Map<string, string>();
  const blobs = new Map<string, Blob>();
  const downloads: BackupDownloads = {
    async download({ url, filename }) {
      const id = items.length + 100;
      const path = `/home/ed/Downloads/${filename}`;
      files.set(path, (await blobs.get(url)?.text()) ?? '');
      items.push({ id, filename: path, state: 'complete', exists: true, startTime: new Date(1_000_000 + id).toISOString() });
      return id;
    },
    search: async ({ id, query }) => items.filter((i) => (id === undefined || i.id === id) && (query ?? []).every((q) => i.filename.includes(q))),
    removeFile: async (id) => {
      const item = items.find((i) => i.id === id);
      if (item) files.delete(item.filename);
    },
    erase: async ({ id }) => {
      items.splice(
        items.findIndex((i) => i.id === id),
        1,
      );
      return [id];
    },
  };
  const objectUrls = {
    createObjectURL: (blob: Blob) => {
      const url = `blob:${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => void blobs.delete(url),
  };
  return { downloads, objectUrls, files, items, blobs };
}
