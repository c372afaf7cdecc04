import { unzipSync } from 'fflate';

/** A file as the page hands it over: its name (with any folder path) and its bytes. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** A markdown file to read as an issue. */
export interface ArchiveFile {
  name: string;
  text: string;
}

const decoder = new TextDecoder('utf-8');

/**
 * The markdown files among what the editor chose: `.md` files as they are
 * (one by one or a whole folder), and every `.md` inside a `.zip` of the
 * site's collection. Other files (a README image, `.DS_Store`) are not issues
 * and are left out here; a `.md` that is not an issue is reported later, by name.
 */
export function archiveFiles(chosen: readonly ChosenFile[]): ArchiveFile[] {
  const files: ArchiveFile[] = [];
  for (const file of chosen) {
    if (/\.zip$/i.test(file.name)) {
      const entries = unzipSync(file.bytes, { filter: (entry) => isMarkdown(entry.name) });
      for (const [name, bytes] of Object.entries(entries)) files.push({ name: `${file.name}/${name}`, text: decoder.decode(bytes) });
    } else if (isMarkdown(file.name)) files.push({ name: file.name, text: decoder.decode(file.bytes) });
  }
  return files.sort((a, b) => baseName(a.name).localeCompare(baseName(b.name)));
}

function isMarkdown(name: string): boolean {
  const base = baseName(name);
  return /\.(md|markdown)$/i.test(base) && !base.startsWith('.');
}

export function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
