import { spawnSync } from 'node:child_process';

/**
 * Jekyll 4's renderer: kramdown with the GFM parser (Debian's ruby-kramdown and
 * ruby-kramdown-parser-gfm), options as Jekyll passes them. One Ruby process
 * renders many documents: starting one costs about 0.3 s. With `split`, each
 * document is first cut as Jekyll cuts a page: its front matter (read with
 * Psych, YAML 1.1, returned as JSON) and the body.
 */
const JEKYLL_ALL = `
require "json"; require "yaml"; require "date"; require "kramdown"; require "kramdown-parser-gfm"
FRONT = /\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)/m
input = JSON.parse(STDIN.read)
out = input["documents"].map do |text|
  fm = nil
  body = text
  if input["split"] && (m = FRONT.match(text))
    fm = JSON.generate(YAML.safe_load(m[1], permitted_classes: [Date, Time]))
    body = m.post_match
  end
  { "frontMatter" => fm, "html" => Kramdown::Document.new(body, input: "GFM", auto_ids: true, hard_wrap: false).to_html }
end
puts JSON.generate(out)
`;

const probe = spawnSync('ruby', ['-rkramdown', '-rkramdown-parser-gfm', '-e', 'print Kramdown::VERSION'], { encoding: 'utf8' });

/** Whether `ruby` with kramdown and its GFM parser can be run here. */
export const kramdownAvailable = probe.status === 0;

/**
 * Under CI (`CI=true`) a missing kramdown is a failure, not a skip: the tests
 * it backs are the only check against the archive's real renderer.
 */
export const skipKramdown = !kramdownAvailable && process.env.CI !== 'true';

/** Why the kramdown tests did not run, for the test title; '' when they run. */
export const kramdownSkipReason = skipKramdown
  ? ' (SKIPPED: `ruby -rkramdown -rkramdown-parser-gfm` is not available; apt-get install ruby-kramdown ruby-kramdown-parser-gfm)'
  : '';

/** A page as Jekyll builds it from one markdown file. */
export interface JekyllPage {
  /** The front matter as Psych reads it, JSON-encoded; null without one. */
  frontMatter: string | null;
  html: string;
}

function runKramdown(documents: readonly string[], split: boolean): JekyllPage[] {
  if (!kramdownAvailable) {
    throw new Error(`kramdown with the GFM parser is not available here (CI=${process.env.CI ?? ''}): ${probe.error?.message ?? probe.stderr}`);
  }
  const run = spawnSync('ruby', ['-e', JEKYLL_ALL], { input: JSON.stringify({ split, documents }), encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`kramdown failed: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout) as JekyllPage[];
}

/** The HTML of each markdown body (front matter already removed), as Jekyll renders it. */
export function kramdownGfmHtml(bodies: readonly string[]): string[] {
  return runKramdown(bodies, false).map((page) => page.html);
}

/** Each whole file (front matter and body) as Jekyll reads and renders it. */
export function jekyllPages(files: readonly string[]): JekyllPage[] {
  return runKramdown(files, true);
}

/**
 * kramdown's typography (smart quotes, dashes, ellipses, guillemets) changes how
 * text looks, not which text it is: fold both sides back to ASCII to compare.
 */
export function foldTypography(text: string): string {
  return text
    .replace(/[“”„]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/…/g, '...')
    .replace(/«\u00a0?/g, '<<')
    .replace(/\u00a0?»/g, '>>')
    .replace(/\s+/g, ' ');
}
