const link = (title: string, url: string, attribution: string) => ({ title, url, authors: [], source: null, attribution });
/**
 * Three clips in two sections (a note among them), rows as the popup stores them, for the
 * backup E2E tests to seed with `insertClipsSource`.
 */
export const BACKUP_CLIPS = [
  { sectionIndex: 0, kind: 'link', links: [link('How Teams Grow', 'https://teams.example.org/grow', 'Dana Lee, Teams')], commentary: 'From one to ten.' },
  { sectionIndex: 0, kind: 'link', links: [link('One-to-Ones', 'https://teams.example.org/1on1', 'Sam Ng')], commentary: 'The meeting is *theirs*.' },
  { sectionIndex: 1, kind: 'note', links: [], commentary: 'A note: the survey closes Friday.\n\n- [Take the survey](https://survey.example.org/)' },
].map((clip, i) => ({
  ...clip,
  uid: `00000000-0000-4000-8000-00000000000${i}`,
  rev: 1,
  section: '',
  position: i + 1,
  label: '',
  inSubtitle: false,
  deletedAt: null,
  urlKeys: clip.links.map((l) => l.url.replace(/^https:\/\//, '')),
  createdAt: 1_700_000_000_000 + i,
  updatedAt: 1_700_000_000_000 + i,
}));
