// Corrections to labels we are sure are wrong, read from test/fixtures/label-notes.md.
// Each correction is a table row: | page | field | label | corrected | evidence |, with
// the label and the correction written as JSON in backticks. A corrected `null` drops
// the label (the field is then unscored on that page). The eval reports raw and
// corrected scores side by side, so a note can never hide a miss silently.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Expected } from '@/scripts/eval-score';

export const LABEL_NOTES = path.resolve(import.meta.dirname, '../test/fixtures/label-notes.md');

export type LabelField = 'title' | 'authors' | 'source';

export interface LabelNote {
  page: string;
  field: LabelField;
  corrected: string | string[] | null;
}

const ROW = /^\|\s*`?([\w.-]+)`?\s*\|\s*(title|authors|source)\s*\|\s*`([^`]*)`\s*\|\s*`([^`]*)`\s*\|/;

export function parseLabelNotes(markdown: string): LabelNote[] {
  const notes: LabelNote[] = [];
  for (const line of markdown.split('\n')) {
    const match = ROW.exec(line);
    if (!match?.[1] || !match[2] || match[4] === undefined) continue;
    const corrected = JSON.parse(match[4]) as unknown;
    const ok = corrected === null || typeof corrected === 'string' || (Array.isArray(corrected) && corrected.every((v) => typeof v === 'string'));
    if (!ok) throw new Error(`label-notes: bad correction for ${match[1]}: ${match[4]}`);
    notes.push({ page: match[1], field: match[2] as LabelField, corrected: corrected as LabelNote['corrected'] });
  }
  return notes;
}

export function readLabelNotes(file = LABEL_NOTES): LabelNote[] {
  return existsSync(file) ? parseLabelNotes(readFileSync(file, 'utf8')) : [];
}

/** The expected record with this page's notes applied. */
export function corrected(expected: Expected, notes: readonly LabelNote[]): Expected {
  const out: Expected = { ...expected };
  for (const note of notes) {
    if (note.field === 'authors') out.authors = note.corrected === null ? null : [note.corrected].flat();
    else if (note.field === 'title') out.title = typeof note.corrected === 'string' ? note.corrected : null;
    else {
      out.source = typeof note.corrected === 'string' ? note.corrected : null;
      out.sourceAliases = [];
    }
  }
  return out;
}
