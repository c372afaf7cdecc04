import { spawnSync } from 'node:child_process';

/**
 * Jekyll's own markdown reader, from Debian's ruby-kramdown and
 * ruby-kramdown-parser-gfm, run in one Ruby process for many documents (a
 * start costs ~0.3 s). Each document is split as Jekyll splits it: the front
 * matter (read with Psych, YAML 1.1, as JSON) and the body (rendered with the
 * GFM parser and Jekyll 4.1's options: auto_ids, no hard_wrap).
 */
const JEKYLL_ALL = `
require "json"; require "yaml"; require "date"; require "kramdown"; require "kramdown-parser-gfm"
FRONT = /\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)/m
out = JSON.parse(STDIN.read).map do |text|
  fm = nil
  body = text
  if (m = FRONT.match(text))
    fm = JSON.generate(YAML.safe_load(m[1], permitted_classes: [Date, Time]))
    body = m.post_match
  end
  { "frontMatter" => fm, "html" => Kramdown::Document.new(body, input: "GFM", auto_ids: true, hard_wrap: false).to_html }
end
puts JSON.generate(out)
`;

export interface JekyllPage {
  /** The front matter as Psych reads it, JSON-encoded; null without one. */
  frontMatter: string | null;
  html: string;
}

/** Whether `ruby` with kramdown and its GFM parser can run here. */
export const kramdownAvailable = spawnSync('ruby', ['-rkramdown', '-rkramdown-parser-gfm', '-e', 'print Kramdown::VERSION'], { encoding: 'utf8' }).status === 0;

/**
 * On CI a missing kramdown must fail the run: a skipped comparison would pass
 * silently. Locally, the tests skip with the reason in their name.
 */
export const kramdownRequired = !kramdownAvailable && process.env.CI === 'true';

export const kramdownSkipNote = kramdownAvailable ? '' : ' (SKIPPED: `ruby -rkramdown` is not available here; CI installs ruby-kramdown)';

export function jekyllPages(documents: readonly string[]): JekyllPage[] {
  const run = spawnSync('ruby', ['-e', JEKYLL_ALL], { input: JSON.stringify(documents), encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`kramdown failed: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout) as JekyllPage[];
}
