/**
 * The newsletter's sections in their usual order (format doc, section 1): the
 * default template's sections, which the editor renames and reorders on the
 * options page, and issue #1's when the background creates it at install,
 * before any template is read.
 */
export const DEFAULT_SECTIONS: readonly string[] = [
  'Managing Teams',
  'Technical Leadership',
  'Managing Your Own Career',
  'Product Management and Working with Research Communities',
  'Research Software Development',
  'Research Data Management and Analysis',
  'Research Computing Systems',
  'Emerging Technologies and Practices',
  'Calls for Proposals',
  'Events: Conferences, Training',
  'Random',
  'Jobs Leading Research Computing Teams',
];
