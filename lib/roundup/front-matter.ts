import { escapeFrontMatterScalar } from './escape-text';
import type { FrontMatter } from './issue-document';
import { readYamlScalar } from './yaml-scalar';

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
/** A top-level `key:` line; anything else continues the previous key's value. */
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;
const KNOWN_KEYS = ['title', 'subtitle', 'date', 'layout', 'hero-img'];

/** The front matter block, `---` to `---`, known keys first in template order. */
export function renderFrontMatter(frontMatter: FrontMatter): string {
  const lines = [
    '---',
    `title: ${escapeFrontMatterScalar(frontMatter.title)}`,
    ...(frontMatter.subtitle === undefined ? [] : [`subtitle: ${escapeFrontMatterScalar(frontMatter.subtitle)}`]),
    `date: ${frontMatter.date}`,
    `layout: ${frontMatter.layout}`,
  ];
  if (frontMatter.heroImg) lines.push(`hero-img: ${frontMatter.heroImg}`);
  for (const [key, yaml] of frontMatter.extra) {
    lines.push(`${key}:${yaml === '' || yaml.startsWith('\n') ? '' : ' '}${yaml}`);
  }
  lines.push('---');
  return lines.join('\n');
}

/**
 * Splits a leading front matter block off the markdown. Without one (or without
 * its closing `---`), the whole text is the body.
 */
export function splitFrontMatter(markdown: string): { frontMatter: FrontMatter | null; body: string } {
  const opening = OPENING.exec(markdown);
  if (!opening) return { frontMatter: null, body: markdown };
  const rest = markdown.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { frontMatter: null, body: markdown };
  const yaml = rest.slice(0, closing.index);
  return { frontMatter: readFields(yaml), body: rest.slice(closing.index + closing[0].length) };
}

function readFields(yaml: string): FrontMatter {
  const fields: [string, string][] = [];
  for (const line of yaml.split(/\r?\n/)) {
    const key = KEY_LINE.exec(line);
    const last = fields[fields.length - 1];
    if (key?.[1] !== undefined) fields.push([key[1], (key[2] ?? '').trim()]);
    else if (last) last[1] += `\n${line}`;
  }
  // No subtitle key stays no subtitle: early issues have none, and Jekyll
  // would see `subtitle: ""` as a new key.
  const frontMatter: FrontMatter = { title: '', date: '', layout: '', extra: [] };
  for (const [key, raw] of fields) {
    const yamlValue = raw.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
    if (key === 'title') frontMatter.title = readYamlScalar(yamlValue);
    else if (key === 'subtitle') frontMatter.subtitle = readYamlScalar(yamlValue);
    else if (key === 'date') frontMatter.date = readYamlScalar(yamlValue);
    else if (key === 'layout') frontMatter.layout = readYamlScalar(yamlValue);
    else if (key === 'hero-img') {
      const heroImg = readYamlScalar(yamlValue);
      if (heroImg) frontMatter.heroImg = heroImg;
    } else frontMatter.extra.push([key, yamlValue]);
  }
  return frontMatter;
}

/** The keys `FrontMatter` names; any other key goes to `extra`. */
export { KNOWN_KEYS as FRONT_MATTER_KEYS };
