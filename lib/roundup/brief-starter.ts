/** `[Title](url).` with the characters that would break the link escaped. */
export function briefStarter(title: string, url: string): string {
  const text = title.replace(/([\\[\]])/g, '\\$1');
  const href = /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
  return `[${text}](${href}).`;
}
