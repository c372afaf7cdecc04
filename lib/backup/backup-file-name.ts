/** The folder, inside the browser's downloads folder, that every backup goes to. */
export const BACKUP_FOLDER = 'Roundup Clipper';

const NAME = /roundup-backup-\d{4}-\d{2}-\d{2}-\d{4}(?: ?\(\d+\)|-\d+)?\.json$/;

/** `Roundup Clipper/roundup-backup-2026-12-02-0317.json`, in local time. */
export function backupFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${BACKUP_FOLDER}/roundup-backup-${day}-${pad(at.getHours())}${pad(at.getMinutes())}.json`;
}

/** Whether a downloaded file's full path is one of our backups (either path separator; a browser may add " (1)"). */
export function isBackupFile(path: string): boolean {
  const parts = path.split(/[\\/]/);
  return parts.length >= 2 && parts[parts.length - 2] === BACKUP_FOLDER && NAME.test(parts[parts.length - 1] ?? '');
}
