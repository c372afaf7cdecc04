/**
 * The newsletter's sections in their usual order (format doc, section 1). The
 * editor will rename and reorder them once settings exist; until then every new
 * issue starts with this list.
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
