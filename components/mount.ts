import { type ComponentChild, render } from 'preact';

/**
 * Renders a page's root component into its `#app` element. Every page's HTML
 * has one; a page without it is a build mistake, so it fails loudly and by name.
 */
export function mount(root: ComponentChild, doc: Document = document): void {
  const app = doc.getElementById('app');
  if (!app) throw new Error(`${doc.location.pathname} has no #app element to render into.`);
  render(root, app);
}
