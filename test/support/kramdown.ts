import { spawnSync } from 'node:child_process';

/**
 * Jekyll 4's renderer: kramdown with the GFM parser (Debian's ruby-kramdown and
 * ruby-kramdown-parser-gfm), options as Jekyll passes them. One Ruby process
 * renders many documents: starting one costs about 0.3 s.
 */
const KRAMDOWN_GFM_ALL = [
  'require "json"',
  'require "kramdown"',
  'require "kramdown-parser-gfm"',
  'puts JSON.generate(JSON.parse(STDIN.read).map { |md| Kramdown::Document.new(md, input: "GFM", auto_ids: true, hard_wrap: false).to_html })',
].join('; ');

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

/** The HTML of each markdown body (front matter already removed), as Jekyll renders it. */
export function kramdownGfmHtml(bodies: readonly string[]): string[] {
  if (!kramdownAvailable) {
    throw new Error(`kramdown with the GFM parser is not available here (CI=${process.env.CI ?? ''}): ${probe.error?.message ?? probe.stderr}`);
  }
  const run = spawnSync('ruby', ['-e', KRAMDOWN_GFM_ALL], { input: JSON.stringify(bodies), encoding: 'utf8', maxBuffer: 256 << 20 });
  if (run.status !== 0) throw new Error(`kramdown failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[];
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
