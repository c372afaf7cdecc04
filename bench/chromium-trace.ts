// Chromium tracing for the bench's trace scripts (popup-trace.ts, queue-trace.ts): one way to
// start a trace of a page and to read it back, handed over as a stream because traces are large.
import type { CDPSession, Page } from 'playwright-core';

/** Starts tracing `page` in `categories`; `endTrace` on the returned session ends it. */
export async function startTrace(page: Page, categories: readonly string[]): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: [...categories] }, transferMode: 'ReturnAsStream' });
  return cdp;
}

/** Ends the trace `startTrace` began and returns its JSON text. */
export async function endTrace(cdp: CDPSession): Promise<string> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  return text;
}
