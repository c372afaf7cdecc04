import Dexie from 'dexie';
import type { RoundupStore } from '@/lib/db';
import { checkExport } from '@/lib/export/check-export';
import { DEFAULT_TEMPLATE } from '@/lib/template/template';

/**
 * The schemas earlier versions of Roundup Clipper declared, copied as they
 * shipped (lib/db/database.ts keeps them all; these stay frozen here even if
 * that file is tidied), so a test can write a database exactly as an editor's
 * browser holds it after using that version.
 */
const SCHEMAS: Record<string, string>[] = [
  { issues: '++id, &number, status', clips: '++id, issueId, [issueId+section], createdAt, *urlKeys', drafts: 'key, updatedAt' },
  { clips: '++id, issueId, [issueId+section], createdAt, *urlKeys, deletedAt' },
  { corrections: '[site+field+from], site, updatedAt' },
];

export const OLD_SCHEMA_VERSIONS = [1, 2, 3] as const;
export type OldSchemaVersion = (typeof OLD_SCHEMA_VERSIONS)[number];

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 2, 9, 30);
const link = (title: string, url: string, authors: string[], source: string | null, attribution: string) => ({ title, url, authors, source, attribution });

/** Rows as that version wrote them: no uid, rev or conflicts; `deletedAt` only from v2 on (v1 deleted at once). */
function rowsFor(version: OldSchemaVersion) {
  const issues = [
    {
      id: 1,
      number: 130,
      date: '2026-10-02',
      status: 'published',
      intro: 'Hi!\n\nA short one this week: the *conference* season is on.',
      sectionOrder: ['Managing Teams', 'Research Software Development', 'Random'],
      heroImg: 'https://example.org/hero-130.png',
      markdown: '---\ntitle: "#130 - 2 Oct 2026"\n---\n\nHi!\n\nAs sent, exactly.\n',
      publishedAt: T0 + 3 * DAY,
      createdAt: T0 - 4 * DAY,
      updatedAt: T0 + 3 * DAY,
    },
    {
      id: 2,
      number: 131,
      date: '2026-10-09',
      status: 'draft',
      intro: 'Hi!\n\nThis week: hiring [without](https://example.org/a) the drama & more.',
      sectionOrder: ['Managing Teams', 'Research Software Development', 'Random'],
      subtitle: 'Hiring; Code review; Odds & ends',
      createdAt: T0 + 3 * DAY,
      updatedAt: T0 + 5 * DAY,
    },
  ];
  const clip = (id: number, issueId: number, section: string, position: number, rest: Record<string, unknown>) => ({
    id,
    issueId,
    section,
    position,
    label: '',
    inSubtitle: false,
    urlKeys: [],
    createdAt: T0 + id * 1000,
    updatedAt: T0 + id * 2000,
    ...(version >= 2 ? { deletedAt: null } : {}),
    ...rest,
  });
  const clips = [
    clip(1, 1, 'Managing Teams', 0, {
      kind: 'link',
      links: [link('One-on-ones that work', 'https://blog.example.org/1on1', ['Dana Lee'], 'Example Blog', 'Dana Lee, Example Blog')],
      commentary: 'A practical guide.',
      urlKeys: ['blog.example.org/1on1'],
    }),
    clip(2, 2, 'Managing Teams', 0, {
      kind: 'link',
      links: [link('Hiring without the drama', 'https://hr.example.com/hiring', ['Sam Ng', 'Ana Ruiz'], 'HR Weekly', 'Sam Ng and Ana Ruiz, HR Weekly')],
      commentary: 'Worth reading *before* the next round: [the checklist](https://hr.example.com/list) is the good part.',
      label: 'Hiring',
      inSubtitle: true,
      urlKeys: ['hr.example.com/hiring'],
    }),
    clip(3, 2, 'Research Software Development', 0, {
      kind: 'link',
      links: [
        link('Code review at scale', 'https://code.example.net/review', [], 'Code Net', 'Code Net'),
        link('Review checklists', 'https://code.example.net/checklist', ['Kim Park'], null, 'Kim Park'),
      ],
      commentary: 'Two takes on review.',
      label: 'Code review',
      inSubtitle: true,
      holdForNextWeek: false,
      urlKeys: ['code.example.net/review', 'code.example.net/checklist'],
    }),
    clip(4, 2, 'Random', 0, { kind: 'brief', links: [], commentary: 'Odds & ends: [a brief](https://odd.example.org/x) – with an en dash.' }),
    clip(5, 2, 'Random', 1, { kind: 'note', links: [], commentary: 'A note to readers: no issue next week.' }),
    ...(version >= 2 ? [clip(6, 2, 'Random', 2, { kind: 'note', links: [], commentary: 'Deleted, still in its undo window.', deletedAt: T0 + 5 * DAY })] : []),
  ];
  const drafts = [
    {
      key: 'https://news.example.org/unfinished',
      form: {
        title: 'Unfinished',
        url: 'https://news.example.org/unfinished',
        authors: 'Lee Ann',
        source: 'News',
        attribution: 'Lee Ann, News',
        attributionEdited: false,
        section: 'Random',
        kind: 'link',
        commentary: 'Typed, not added',
        page: { kind: 'article' },
      },
      updatedAt: T0 + 6 * DAY,
    },
  ];
  const corrections = version >= 3 ? [{ site: 'example.org', field: 'source', from: 'EXAMPLE', to: 'Example Blog', updatedAt: T0 + DAY }] : [];
  return { issues, clips, drafts, corrections };
}

/** Writes a database of `name` exactly as schema `version` would have, with realistic rows. */
export async function writeOldDatabase(name: string, version: OldSchemaVersion): Promise<void> {
  const db = new Dexie(name);
  for (const [i, schema] of SCHEMAS.slice(0, version).entries()) db.version(i + 1).stores(schema);
  const rows = rowsFor(version);
  await db.table('issues').bulkAdd(rows.issues);
  await db.table('clips').bulkAdd(rows.clips);
  await db.table('drafts').bulkAdd(rows.drafts);
  if (version >= 3) await db.table('corrections').bulkAdd(rows.corrections);
  db.close();
}

/** Every issue's exported markdown, by number, through the same check the issue page exports with. */
export async function issueMarkdowns(store: RoundupStore): Promise<Record<number, string>> {
  const out: Record<number, string> = {};
  for (const issue of await store.allIssues()) {
    out[issue.number] = checkExport(issue, await store.clipsForIssue(issue.id, issue.sectionOrder), DEFAULT_TEMPLATE).markdown;
  }
  return out;
}
