// The week's issue `npm run screenshots` shows: twelve clips in four sections, as an editor
// might have them by Thursday evening. Addresses under example.* only; nothing is fetched.

export interface ClippedPage {
  /** The test page (test/e2e/pages) opened and clipped through the popup. */
  path: string;
  /** Replaces the 127.0.0.1 address, whose port changes from run to run, so a rerun only changes what really changed. */
  link: string;
  section: string;
  commentary: string;
}

export interface SeededClip {
  section: string;
  kind: 'link';
  title: string;
  url: string;
  attribution: string;
  commentary: string;
}

export const CLIPPED: readonly ClippedPage[] = [
  {
    path: '/research-software-teams.html',
    link: 'https://review.example.org/2025/research-software-teams',
    section: 'Managing Teams',
    commentary: 'What changes between a team of one and a team of ten, and what a manager can do at each step.',
  },
  {
    path: '/one-to-ones-that-help.html',
    link: 'https://teamcraft.example.net/one-to-ones-that-help',
    section: 'Managing Teams',
    commentary: 'The meeting belongs to the other person. A short field guide for new leads.',
  },
  {
    path: '/testing-legacy-scientific-code.html',
    link: 'https://numerical-workshop.example.com/testing-legacy-code',
    section: 'Research Software Development',
    commentary: 'Characterisation tests first, GPU port last: a careful plan for code nobody dares to touch.',
  },
];

/** Stored straight into IndexedDB after the clipped pages: sites the test pages do not offer. */
export const SEEDED: readonly SeededClip[] = [
  {
    section: 'Managing Teams',
    kind: 'link',
    title: 'Giving Feedback When You Are Also the Newest Person',
    url: 'https://example.org/feedback-as-new-lead',
    attribution: 'Amara Osei, Lead Dev Notes',
    commentary: 'Ask first, be specific, follow up in a week. Useful for anyone promoted from within.',
  },
  {
    section: 'Technical Leadership',
    kind: 'link',
    title: 'Writing Design Documents Your Team Will Read',
    url: 'https://example.org/design-docs',
    attribution: 'Priya Natarajan, Engineering Notes',
    commentary: 'Two pages, one decision, a list of what was rejected and why.',
  },
  {
    section: 'Technical Leadership',
    kind: 'link',
    title: 'Saying No to a Feature Without Saying No to the Scientist',
    url: 'https://example.net/saying-no',
    attribution: 'Lukas Brandt',
    commentary: 'A script for the conversation every research software lead has once a month.',
  },
  {
    section: 'Technical Leadership',
    kind: 'link',
    title: 'Architecture Decision Records, Three Years In',
    url: 'https://example.com/adr-three-years',
    attribution: 'Mei Tanaka, Research Code Blog',
    commentary: 'What a small group kept, what it dropped, and the template it settled on.',
  },
  {
    section: 'Research Software Development',
    kind: 'link',
    title: 'Reproducible Environments Without the Tears',
    url: 'https://example.org/reproducible-envs',
    attribution: 'Carlos Mendes, Open Science Weekly',
    commentary: 'Lock files, containers and when each is worth it; the comparison table alone is worth the click.',
  },
  {
    section: 'Research Software Development',
    kind: 'link',
    title: 'A Field Guide to Code Review in Small Labs',
    url: 'https://example.com/code-review-small-labs',
    attribution: 'Jonas Weber, Lab Software Journal',
    commentary: 'Reviews of under 200 lines, within a day, by anyone in the lab: the three rules that stuck.',
  },
  {
    section: 'Research Computing Systems',
    kind: 'link',
    title: 'Moving a Cluster to a New Scheduler in One Weekend',
    url: 'https://example.org/scheduler-migration',
    attribution: 'Hana Kovács, HPC Operations',
    commentary: 'A runbook, a rollback plan and the three surprises they still met.',
  },
  {
    section: 'Research Computing Systems',
    kind: 'link',
    title: 'What Our GPU Queue Taught Us About Fair Share',
    url: 'https://example.net/gpu-fair-share',
    attribution: 'Omar Haddad',
    commentary: 'Usage graphs before and after, and why the simplest policy won.',
  },
  {
    section: 'Research Computing Systems',
    kind: 'link',
    title: 'Storage Quotas People Do Not Hate',
    url: 'https://example.org/storage-quotas',
    attribution: 'Ines Duarte, Research Infrastructure Notes',
    commentary: 'Soft limits, a weekly email and a clean-up day: quota tickets fell by two thirds.',
  },
];

/** The editor's sign-off, set on the options page. */
export const SIGN_OFF = 'Jonathan';

/** Follows the template's greeting ("Hi!"). */
export const INTRO = `This week: growing a team from one to ten, one-to-ones that help the other person, and a careful plan for old scientific code. Plus a scheduler migration done in a weekend.

On to the roundup!`;

/** The seeded clips as the database would have stored them, after the clipped ones. */
export function seededRows(now: number): object[] {
  return SEEDED.map((clip, i) => ({
    section: clip.section,
    kind: clip.kind,
    links: [{ title: clip.title, url: clip.url, authors: [], source: null, attribution: clip.attribution }],
    commentary: clip.commentary,
    position: 1000 + i,
    createdAt: now + i,
    updatedAt: now + i,
  }));
}
