/**
 * A double-quoted YAML string (format doc, section 4). `"` and `\` are escaped
 * as the format asks; control characters too, so that even a pasted tab or
 * newline cannot break the front matter.
 */
export function quoteYamlString(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters to escape them is the point
  const escaped = value.replace(/["\\\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    if (c === '"' || c === '\\') return `\\${c}`;
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `"${escaped}"`;
}

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/**
 * The string a one-line YAML scalar stands for: double-quoted (with YAML's
 * escapes), single-quoted (`''` is a quote) or plain (a ` #` comment dropped).
 * Hand-written front matter uses all three.
 */
export function readYamlScalar(raw: string): string {
  const text = raw.trim();
  if (text.startsWith('"')) {
    const body = text.slice(1, text.lastIndexOf('"') > 0 ? text.lastIndexOf('"') : undefined);
    return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (all, code: string) => {
      if (/^[xuU]/.test(code) && code.length > 1) return String.fromCodePoint(parseInt(code.slice(1), 16));
      return DOUBLE_QUOTED_ESCAPES[code] ?? all;
    });
  }
  if (text.startsWith("'")) {
    const end = text.lastIndexOf("'");
    return text.slice(1, end > 0 ? end : undefined).replace(/''/g, "'");
  }
  return text.replace(/\s+#.*$/, '');
}
