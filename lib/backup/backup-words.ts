import type { BackupBookkeeping, BackupReason, BackupSummary, RestoreReport } from '../model/backup';

const REASONS: Record<BackupReason, string> = {
  manual: 'by hand',
  publish: 'at Publish',
  upgrade: 'before a database upgrade',
  weekly: 'weekly',
  'before-replace': 'before a restore replaced the archive',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Last backup: 2 Dec 2026, 03:17 (at Publish), roundup-backup-….json" or that there is none yet. */
export function lastBackupLine(bookkeeping: BackupBookkeeping, dateText: (at: number) => string): string {
  if (bookkeeping.lastBackupAt === undefined) return 'No backup has been made yet.';
  const reason = bookkeeping.lastReason ? ` (${REASONS[bookkeeping.lastReason]})` : '';
  const file = bookkeeping.lastBackupFile ? `: ${bookkeeping.lastBackupFile}` : '';
  return `Last backup: ${dateText(bookkeeping.lastBackupAt)}${reason}${file}.`;
}

/** `navigator.storage.persisted()` in words: only a backup file survives uninstalling, either way. */
export function persistenceLine(persisted: boolean): string {
  return persisted
    ? 'Storage is persistent: the browser will not clear it under pressure. Only a backup file survives uninstalling the extension.'
    : 'The browser may clear storage under pressure; only a backup file survives uninstalling.';
}

/** What a backup holds, one line per kind of row. */
export function summaryLines(summary: BackupSummary, dateText: (iso: string) => string): string[] {
  return [
    `Made ${summary.createdAt ? dateText(summary.createdAt) : 'at an unknown time'} (database schema ${summary.schemaVersion})`,
    `${plural(summary.draftIssues, 'draft issue')}, ${plural(summary.publishedIssues, 'published issue')}`,
    `${plural(summary.clips, 'clip')}${summary.deletedClips ? ` (${summary.deletedClips} deleted, still in their undo window)` : ''}`,
    `${plural(summary.drafts, 'unfinished clip draft')}`,
    `${plural(summary.corrections, 'remembered correction')}`,
    summary.template ? 'The issue template' : 'No template',
  ];
}

/** What a restore did. */
export function restoreReportLine(report: RestoreReport): string {
  if (report.mode === 'replace') return `Archive replaced: ${plural(report.issuesAdded, 'issue')} and ${plural(report.clipsAdded, 'clip')} restored.`;
  const conflicts = report.conflicts ? `; ${plural(report.conflicts, 'text')} kept as conflicts to pick from` : '';
  return `Merged: ${plural(report.issuesAdded, 'issue')} and ${plural(report.clipsAdded, 'clip')} added, ${plural(report.issuesMerged, 'issue')} and ${plural(report.clipsMerged, 'clip')} merged${conflicts}.`;
}
