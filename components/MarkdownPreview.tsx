import type { Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { type ComponentChildren, h } from 'preact';
import { useMemo } from 'preact/hooks';

const SAFE_URL = /^(https?:|mailto:|#|\/)/i;

/**
 * Renders markdown as Preact elements built from its syntax tree: no
 * innerHTML, so titles and commentary copied from pages can never inject
 * markup. Raw HTML is shown as text, except the `<br/>` joining header lines.
 */
function renderNode(node: Nodes, key: number): ComponentChildren {
  const children = 'children' in node ? (node.children as RootContent[]).map((child, i) => renderNode(child, i)) : null;
  switch (node.type) {
    case 'root':
      return children;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    // One level down, so the preview's headings sit under the page's own.
    case 'heading':
      return h(`h${Math.min(6, node.depth + 1)}`, { key }, children);
    case 'text':
      return node.value;
    case 'emphasis':
      return <em key={key}>{children}</em>;
    case 'strong':
      return <strong key={key}>{children}</strong>;
    case 'delete':
      return <del key={key}>{children}</del>;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'code':
      return (
        <pre key={key}>
          <code>{node.value}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'list':
      return node.ordered ? (
        <ol key={key} start={node.start ?? undefined}>
          {children}
        </ol>
      ) : (
        <ul key={key}>{children}</ul>
      );
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'thematicBreak':
      return <hr key={key} />;
    case 'break':
      return <br key={key} />;
    case 'link':
      return SAFE_URL.test(node.url) ? (
        <a key={key} href={node.url} target="_blank" rel="noreferrer noopener">
          {children}
        </a>
      ) : (
        <span key={key}>{children}</span>
      );
    case 'image':
      return SAFE_URL.test(node.url) ? <img key={key} src={node.url} alt={node.alt ?? ''} /> : null;
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? <br key={key} /> : /^<!--/.test(node.value) ? null : node.value;
    default:
      return children;
  }
}

export function MarkdownPreview({ markdown, label }: { markdown: string; label: string }) {
  const tree = useMemo(() => fromMarkdown(markdown), [markdown]);
  return (
    <section class="markdown-preview" aria-label={label}>
      {renderNode(tree, 0)}
    </section>
  );
}
