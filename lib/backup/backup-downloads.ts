import { isBackupFile } from './backup-file-name';

/** One download as the downloads API reports it (the fields used here). */
export interface DownloadRecord {
  id: number;
  filename: string;
  state?: string;
  error?: string;
  exists?: boolean;
  startTime?: string;
}

/** The part of `browser.downloads` backups use; the entry passes the real one, tests a fake. */
export interface BackupDownloads {
  download(options: { url: string; filename: string; conflictAction?: 'uniquify'; saveAs?: boolean }): Promise<number>;
  search(query: { id?: number; query?: string[]; orderBy?: string[] }): Promise<DownloadRecord[]>;
  removeFile(id: number): Promise<void>;
  erase(query: { id: number }): Promise<number[]>;
}

/** `URL.createObjectURL` and its revoke: only extension pages have them (not the MV3 service worker). */
export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

export interface FileWriteEnv {
  downloads: BackupDownloads;
  objectUrls: ObjectUrls;
  /** Waits between looks at a download in progress. */
  pause?: (ms: number) => Promise<void>;
}

const pauseFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Saves `text` as `filename` (under the browser's downloads folder) through the
 * downloads API, without asking where, and waits until the file is written:
 * the object URL must live until then. Returns the download as finished.
 */
export async function writeBackupFile(env: FileWriteEnv, text: string, filename: string): Promise<DownloadRecord> {
  const url = env.objectUrls.createObjectURL(new Blob([text], { type: 'application/json' }));
  const pause = env.pause ?? pauseFor;
  try {
    const id = await env.downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
    // A backup of a few megabytes is written in well under a second; give up after a minute.
    for (let tries = 0; tries < 600; tries++) {
      const [item] = await env.downloads.search({ id });
      if (!item) throw new Error('The backup download disappeared before it finished.');
      if (item.state === 'complete') return item;
      if (item.state === 'interrupted') throw new Error(`The backup file could not be written (${item.error ?? 'interrupted'}).`);
      await pause(100);
    }
    throw new Error('The backup file is still being written after a minute.');
  } finally {
    env.objectUrls.revokeObjectURL(url);
  }
}

/** The backups beyond the newest `keep`, newest first by start time: the ones to delete. */
export function backupsBeyond(items: readonly DownloadRecord[], keep: number): DownloadRecord[] {
  const ours = items.filter((i) => isBackupFile(i.filename) && i.state === 'complete' && i.exists !== false);
  const newestFirst = [...ours].sort((a, b) => (b.startTime ?? '').localeCompare(a.startTime ?? '') || b.id - a.id);
  return newestFirst.slice(Math.max(1, keep));
}

/**
 * Keeps the newest `keep` backup files in the `Roundup Clipper` folder: the
 * older ones this browser downloaded are deleted from disk and from the
 * downloads list. Files the downloads list no longer knows are left alone.
 */
export async function pruneBackups(downloads: BackupDownloads, keep: number): Promise<number> {
  const old = backupsBeyond(await downloads.search({ query: ['roundup-backup-'] }), keep);
  for (const item of old) {
    await downloads.removeFile(item.id).catch(() => undefined); // already gone from disk: erasing the entry is enough
    await downloads.erase({ id: item.id });
  }
  return old.length;
}
