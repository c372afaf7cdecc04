import { blockFieldProblems } from '../roundup/block-field-problems';
import { commentaryProblems } from '../roundup/commentary';
import { CLOSING_HEADING } from '../roundup/issue-layout';
import { blockText } from '../roundup/normalise-issue';
import { oneLine } from '../roundup/one-line';
import type { RoundupTemplate } from './template';

/** A field of the options page, and for a section its row. */
export type TemplateField = Exclude<keyof RoundupTemplate, 'sections' | 'attribution' | 'frontMatter'> | 'sections';

/** Why the options page refuses a template, shown on the field (and row) at fault. */
export interface TemplateProblem {
  field: TemplateField;
  /** The section row, for `field: 'sections'`. */
  index?: number;
  message: string;
}

/**
 * What would let the template break an issue, one message per field at fault;
 * [] when it can be saved (issue #9, deliverable 5): duplicate or empty section
 * names, closing text without a closing heading, About without a closing
 * heading before it, an empty (or not plain) layout, and template text that
 * would change the shape. The closing is read back by name (issue #11):
 * its heading starts “That’s it”, and no section's name does.
 */
export function templateProblems(template: RoundupTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const seen = new Map<string, number>();
  template.sections.forEach((section, index) => {
    const name = oneLine(section.name);
    if (!name) {
      problems.push({ field: 'sections', index, message: 'Give this section a name, or remove it.' });
      return;
    }
    if (CLOSING_HEADING.test(name)) {
      problems.push({ field: 'sections', index, message: `A section called “${name}” would be read as the closing: give it another name.` });
      return;
    }
    const key = name.toLocaleLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({ field: 'sections', index, message: `Section ${first + 1} is already called “${name}”: give this one another name.` });
    else seen.set(key, index);
  });
  const closingText = [template.closingText, template.signOff].some((text) => text.trim() !== '');
  if (!template.closingHeading.trim() && closingText) {
    problems.push({ field: 'closingHeading', message: 'The closing text and sign-off need a heading (such as “That’s it…”), or clear them.' });
  } else if (!template.closingHeading.trim() && template.aboutHeading.trim()) {
    problems.push({ field: 'closingHeading', message: 'About needs a closing heading before it, or the issue would read About as its closing.' });
  }
  const closingHeading = oneLine(template.closingHeading);
  if (closingHeading && !CLOSING_HEADING.test(closingHeading)) {
    problems.push({ field: 'closingHeading', message: 'The closing is known by its heading: start it with “That’s it” (such as “That’s it…”).' });
  }
  if (!template.aboutHeading.trim() && template.aboutText.trim()) {
    problems.push({ field: 'aboutHeading', message: 'The About text needs a heading, or clear it.' });
  }
  if (template.frontMatter && !/^[\w-]+$/.test(template.layout.trim())) {
    problems.push({
      field: 'layout',
      message: template.layout.trim() ? 'The layout is a Jekyll layout name: letters, digits, - and _ only.' : 'Give the Jekyll layout (such as “email”).',
    });
  }
  if (template.siteUrl.trim() && !/^https?:\/\/[^\s/]+\.[^\s]*$/i.test(template.siteUrl.trim())) {
    problems.push({ field: 'siteUrl', message: 'The site URL is the newsletter’s address, such as “https://www.example.org”.' });
  }
  const fieldText: [TemplateField, string, string[]][] = [
    ['greeting', 'The greeting', commentaryProblems(template.greeting, 'intro')],
    ['closingText', 'The closing text', blockFieldProblems(blockText(template.closingText), { noHeadings: 'none', noSeparators: true })],
    ['signOff', 'The sign-off', blockFieldProblems(blockText(template.signOff), { noHeadings: 'none', noSeparators: true })],
    ['aboutText', 'The About text', blockFieldProblems(blockText(template.aboutText), { noHeadings: 'none' })],
  ];
  for (const [field, what, found] of fieldText) {
    for (const message of found) problems.push({ field, message: `${what} ${message}.` });
  }
  return problems;
}
