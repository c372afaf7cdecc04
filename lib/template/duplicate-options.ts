import { linksInText } from '../archive/links-in-text';
import type { RoundupTemplate } from './template';

/** What `findDuplicates` leaves out for this template (the shape of its `DuplicateOptions`). */
export interface TemplateDuplicateOptions {
  siteUrl: string;
  ignoredUrls: string[];
}

/**
 * Links that are the newsletter's own, not news: its site (every issue links
 * home) and whatever the template's blocks after About link to (the job board
 * of the Jobs block), so they never warn "Linked in #N".
 */
export function duplicateOptionsOf(template: Pick<RoundupTemplate, 'siteUrl' | 'trailingBlocks' | 'aboutText'>): TemplateDuplicateOptions {
  const texts = [template.aboutText, ...template.trailingBlocks.map((block) => block.body)];
  return { siteUrl: template.siteUrl, ignoredUrls: [...new Set(texts.flatMap(linksInText))] };
}
