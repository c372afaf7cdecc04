import { type AttributionStyle, DEFAULT_ATTRIBUTION_STYLE, ET_AL_SPELLINGS, type EtAlSpelling } from '../attribution/propose-attribution';
import { DEFAULT_SECTIONS } from './default-sections';

/** A section of the newsletter as the template lists it. */
export interface TemplateSection {
  name: string;
  /** Made of one-paragraph briefs (Random), rather than link items. */
  briefs: boolean;
}

/**
 * A block the template writes after About, as the archive's email edition
 * does (`----------` then `## Jobs Leading Research Computing Teams` and a
 * pointer to the job board).
 */
export interface TemplateBlock {
  heading: string;
  /** ATX heading level, 1–6 (the archive's Jobs block is 2). */
  level: number;
  body: string;
  /** A separator line ends the block above it, as in the archive. */
  separatorBefore: boolean;
}

/**
 * The parts of every issue that are the same each week, editable on the
 * options page and kept in `storage.sync` so they follow the editor's profile.
 */
export interface RoundupTemplate {
  frontMatter: boolean;
  /** The newsletter's own site (`https://…`): links to it are never reported as "Linked in #N". */
  siteUrl: string;
  layout: string;
  greeting: string;
  closingHeading: string;
  closingText: string;
  signOff: string;
  aboutHeading: string;
  aboutText: string;
  /** Blocks after About; none by default. */
  trailingBlocks: TemplateBlock[];
  sections: TemplateSection[];
  attribution: AttributionStyle;
}

/** Defaults from the format doc (`shared/docs/roundup-format.md`, sections 1 and 5). */
export const DEFAULT_TEMPLATE: RoundupTemplate = {
  frontMatter: true,
  siteUrl: '',
  layout: 'email',
  greeting: 'Hi!',
  closingHeading: 'That’s it…',
  closingText: 'And that’s it for another week.',
  signOff: '',
  aboutHeading: 'About This Newsletter',
  aboutText: 'A weekly roundup for people who lead research computing teams.',
  trailingBlocks: [],
  sections: DEFAULT_SECTIONS.map((name) => ({ name, briefs: name === 'Random' })),
  attribution: DEFAULT_ATTRIBUTION_STYLE,
};

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * Reads a stored template defensively: storage.sync may hold a template from an
 * older version or one edited elsewhere, so every field falls back to its default.
 */
export function templateFrom(stored: unknown): RoundupTemplate {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const text = (key: keyof RoundupTemplate) => (isString(raw[key]) ? (raw[key] as string) : (DEFAULT_TEMPLATE[key] as string));
  const sections = Array.isArray(raw.sections)
    ? raw.sections.flatMap((s: unknown) => {
        const section = s as Partial<TemplateSection> | null;
        return section && isString(section.name) && section.name.trim() ? [{ name: section.name.trim(), briefs: section.briefs === true }] : [];
      })
    : [];
  return {
    frontMatter: typeof raw.frontMatter === 'boolean' ? raw.frontMatter : DEFAULT_TEMPLATE.frontMatter,
    siteUrl: text('siteUrl'),
    layout: text('layout'),
    greeting: text('greeting'),
    closingHeading: text('closingHeading'),
    closingText: text('closingText'),
    signOff: text('signOff'),
    aboutHeading: text('aboutHeading'),
    aboutText: text('aboutText'),
    trailingBlocks: Array.isArray(raw.trailingBlocks) ? raw.trailingBlocks.flatMap(templateBlockFrom) : [],
    // A stored list is the editor's, even when they removed every section: the
    // defaults come back only for a template that never had a list.
    sections: Array.isArray(raw.sections) ? sections : DEFAULT_TEMPLATE.sections.map((s) => ({ ...s })),
    attribution: attributionStyleFrom(raw.attribution),
  };
}

/**
 * The attribution settings of a stored template, each checked on its own: a setting
 * missing or invalid is left out (the house style applies) rather than failing the rest.
 */
export function attributionStyleFrom(stored: unknown): AttributionStyle {
  const style = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const etAlAfter = style.etAlAfter;
  const out: AttributionStyle = {
    etAlAfter: typeof etAlAfter === 'number' && Number.isInteger(etAlAfter) && etAlAfter >= 1 ? etAlAfter : DEFAULT_ATTRIBUTION_STYLE.etAlAfter,
    conjunction: style.conjunction === '&' ? '&' : 'and',
  };
  if (ET_AL_SPELLINGS.includes(style.etAl as EtAlSpelling)) out.etAl = style.etAl as EtAlSpelling;
  if (style.etAlName === 'surname' || style.etAlName === 'full') out.etAlName = style.etAlName;
  if (typeof style.serialComma === 'boolean') out.serialComma = style.serialComma;
  if (typeof style.eventDateFirst === 'boolean') out.eventDateFirst = style.eventDateFirst;
  if (isString(style.callLabel) && style.callLabel.trim().length <= 40) out.callLabel = style.callLabel.trim();
  return out;
}

function templateBlockFrom(stored: unknown): TemplateBlock[] {
  const block = (stored && typeof stored === 'object' ? stored : {}) as Partial<TemplateBlock>;
  if (!isString(block.heading) || !block.heading.trim()) return [];
  const level = Number.isInteger(block.level) ? Math.min(6, Math.max(1, block.level ?? 2)) : 2;
  return [{ heading: block.heading.trim(), level, body: isString(block.body) ? block.body : '', separatorBefore: block.separatorBefore === true }];
}
