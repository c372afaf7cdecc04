import { describe, expect, it } from 'vitest';
import { fileInSection, formFromPage, updateForm } from '@/lib/clip-form/clip-form';
import type { PageMetadata } from '@/lib/extract/page-metadata';
import type { ClipLink } from '@/lib/model/clip';
import { conversionForMove, convertKind, followBriefLink } from '@/lib/queue/clip-kind';
import { setInSubtitle, subtitleChoiceOf, typeSubtitleLabel } from '@/lib/queue/subtitle';
import { briefHasLink } from '@/lib/roundup';

const page: PageMetadata = {
  url: 'https://e.org/p',
  canonicalUrl: 'https://e.org/p',
  title: 'Tiny profiler | Site',
  authors: [],
  source: 'Site',
  excerpt: '',
  publishedTime: null,
  lang: null,
  wordCount: 0,
  kind: 'article',
};
const BRIEFS = ['Random'];

describe('the brief starter in the popup (issue #9)', () => {
  const opened = formFromPage(page, 'Random');
  const brief = fileInSection(opened, 'Random', BRIEFS);

  it('follows the title and URL while the brief is untouched', () => {
    const fixed = updateForm(updateForm(brief, 'title', 'Tiny profiler'), 'url', 'https://e.org/profiler');
    expect(fixed.commentary).toBe('[Tiny profiler](https://e.org/profiler).');
  });

  it('so picking a link section afterwards turns it back into a link item, nothing lost', () => {
    const fixed = updateForm(brief, 'title', 'Tiny profiler');
    expect(fileInSection(fixed, 'Managing Teams', BRIEFS)).toMatchObject({ kind: 'link', commentary: '', title: 'Tiny profiler' });
  });

  it('stops following once the editor writes the brief', () => {
    const written = updateForm(brief, 'commentary', 'A [tiny profiler](https://e.org/p) in 200 lines.');
    expect(updateForm(written, 'title', 'Other').commentary).toBe('A [tiny profiler](https://e.org/p) in 200 lines.');
  });
});

const link = (title: string, url: string): ClipLink => ({ title, url, authors: [], source: null, attribution: '' });
const clip = { kind: 'link' as const, links: [link('Tiny profiler', 'https://e.org/p')], commentary: 'In 200 lines.' };

describe('moving between brief and link sections converts, with Undo', () => {
  it('a link item moved into a brief section becomes a brief carrying its link', () => {
    const move = conversionForMove(clip, 'Random', BRIEFS);
    expect(move?.edit).toEqual({ kind: 'brief', commentary: '[Tiny profiler](https://e.org/p). In 200 lines.' });
    expect(move?.undo).toEqual({ kind: 'link', commentary: 'In 200 lines.' });
    expect(move?.message).toContain('brief');
  });

  it('a brief moved into a link section becomes a link item; Undo restores its text exactly', () => {
    const brief = { ...clip, kind: 'brief' as const, commentary: '[Tiny profiler](https://e.org/p). In 200 lines.' };
    const move = conversionForMove(brief, 'Managing Teams', BRIEFS);
    expect(move?.edit).toEqual({ kind: 'link', commentary: 'In 200 lines.' });
    expect({ ...brief, ...move?.edit, ...move?.undo }).toEqual(brief);
  });

  it('notes, and moves that keep the kind, change nothing', () => {
    expect(conversionForMove({ ...clip, kind: 'note' }, 'Random', BRIEFS)).toBeNull();
    expect(conversionForMove(clip, 'Managing Teams', BRIEFS)).toBeNull();
  });

  it('a brief that already links to its page inline gets no second starter', () => {
    expect(convertKind({ ...clip, kind: 'note', commentary: 'See [this](https://e.org/p).' }, 'brief')).toEqual({ kind: 'brief' });
  });
});

describe('followBriefLink (queue edits of a brief’s link)', () => {
  const brief = { kind: 'brief' as const, links: clip.links, commentary: '[Tiny profiler](https://e.org/p).' };
  it('an untouched brief follows the new title', () => {
    expect(followBriefLink(brief, [link('Fixed', 'https://e.org/p')]).commentary).toBe('[Fixed](https://e.org/p).');
  });
  it('a written brief keeps its text', () => {
    expect(followBriefLink({ ...brief, commentary: 'Mine: [x](https://e.org/p).' }, [link('Fixed', 'https://e.org/p')])).toEqual({
      links: [link('Fixed', 'https://e.org/p')],
    });
  });
});

describe('briefHasLink', () => {
  it('finds the link however the URL is written', () => {
    expect(briefHasLink('[T](https://e.org/a%20b).', 'https://e.org/a b')).toBe(true);
    expect(briefHasLink('Lost the link.', 'https://e.org/p')).toBe(false);
  });
});

describe('"In subtitle" ticks once', () => {
  const empty = subtitleChoiceOf({ label: '', inSubtitle: false });
  it('typing into an empty label ticks it', () => {
    expect(typeSubtitleLabel(empty, 'P')).toEqual({ label: 'P', inSubtitle: true, inSubtitleChosen: true });
  });
  it('after that the checkbox is the editor’s, even when the label is cleared and retyped', () => {
    const unticked = setInSubtitle(typeSubtitleLabel(empty, 'P'), false);
    const retyped = typeSubtitleLabel(typeSubtitleLabel(unticked, ''), 'Profilers');
    expect(retyped).toEqual({ label: 'Profilers', inSubtitle: false, inSubtitleChosen: true });
  });
  it('a checkbox set by hand before any label is the editor’s too', () => {
    expect(typeSubtitleLabel(setInSubtitle(empty, false), 'P').inSubtitle).toBe(false);
  });
  it('older clips with a label count as chosen', () => {
    expect(subtitleChoiceOf({ label: 'P', inSubtitle: false }).inSubtitleChosen).toBe(true);
  });
});
