import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '@/test/support/paths';

// The colour tokens of assets/theme.css, light and dark, checked against WCAG 2.2 AA:
// 4.5:1 for text (1.4.3), 3:1 for control boundaries and the focus ring (1.4.11).

const themeCss = readFileSync(path.join(projectRoot, 'assets/theme.css'), 'utf8');

/** `--color-*: #rrggbb` declarations of the first `:root { … }` block in `css`. */
function colourTokens(css: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name = '', value = '']) => [name, value.toLowerCase()]));
}

const light = colourTokens(themeCss);
const dark = { ...light, ...colourTokens(themeCss.slice(themeCss.indexOf('@media (prefers-color-scheme: dark)'))) };

/** Relative luminance of an sRGB colour (WCAG 2.2 definition). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5;
const UI = 3;

/** Foreground token, background token, minimum ratio. */
const PAIRS: [string, string, number][] = [
  ['text', 'bg', TEXT],
  ['text', 'surface', TEXT],
  ['text', 'surface-hover', TEXT],
  ['text', 'field', TEXT],
  ['text', 'accent-soft', TEXT],
  ['text', 'warning-soft', TEXT],
  ['muted', 'bg', TEXT],
  ['muted', 'surface', TEXT],
  ['muted', 'field', TEXT],
  ['accent', 'bg', TEXT],
  ['accent', 'surface', TEXT],
  ['accent-text', 'accent', TEXT],
  ['accent-text', 'accent-hover', TEXT],
  ['danger', 'bg', TEXT],
  ['danger', 'surface', TEXT],
  ['warning', 'bg', TEXT],
  ['warning', 'warning-soft', TEXT],
  ['border', 'bg', UI],
  ['border', 'surface', UI],
  ['border', 'field', UI],
  ['border', 'surface-hover', UI],
  ['focus', 'bg', UI],
  ['focus', 'surface', UI],
  ['focus', 'field', UI],
  ['accent', 'accent-soft', UI],
];

describe('theme colour tokens', () => {
  it('are read from assets/theme.css, and dark mode overrides every one', () => {
    expect(Object.keys(light).length).toBeGreaterThan(10);
    const overridden = Object.keys(colourTokens(themeCss.slice(themeCss.indexOf('@media (prefers-color-scheme: dark)'))));
    expect(overridden.sort()).toEqual(Object.keys(light).sort());
  });

  for (const [scheme, tokens] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it.each(PAIRS)(`${scheme}: %s on %s reaches %s:1`, (fg, bg, min) => {
      const [front, back] = [tokens[fg], tokens[bg]];
      if (!front || !back) throw new Error(`--color-${fg} or --color-${bg} is missing from assets/theme.css`);
      expect(contrast(front, back)).toBeGreaterThanOrEqual(min);
    });
  }
});

describe('page stylesheets', () => {
  // Colours live in the theme, so that dark mode and contrast are decided in one place.
  it.each(['entrypoints/popup/popup.css', 'entrypoints/issue/issue.css', 'entrypoints/options/options.css'])('%s uses tokens, not colour literals', (file) => {
    const css = readFileSync(path.join(projectRoot, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|\b(Canvas|CanvasText)\b/i);
  });
});
