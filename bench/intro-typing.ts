// Typing in the issue page's Intro with a big issue open (60 clips in 8 sections): from each
// keystroke's `input` event to the end of the next frame, the wait the editor feels per key.
// Run alone with `node --import tsx bench/intro-typing.ts`; needs `npm run build:e2e`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { summary, withExtensionBrowser } from '@/bench/popup-timing';
import { openQueueSeeded } from '@/bench/queue-render';

const CLIPS = 60;
const TEXT = 'This week: hiring, one-to-ones and a research software career ladder.';

export interface IntroTypingResult {
  clips: number;
  keys: number;
  /** ms from a keystroke's input event to the end of the frame after it. */
  median: number;
  p95: number;
}

/**
 * Installed before the page's scripts: for every `input` event, the time until a task queued from
 * the next animation frame runs (after that frame's paint). Plain source text, because tsx's
 * keepNames would wrap named helpers in a `__name` the page lacks.
 */
const recordKeyFrames = `(() => {
  window.__keyFrames = [];
  document.addEventListener('input', () => {
    const at = performance.now();
    requestAnimationFrame(() => setTimeout(() => window.__keyFrames.push(performance.now() - at), 0));
  }, true);
})();`;

export async function benchIntroTyping(): Promise<IntroTypingResult> {
  return withExtensionBrowser({}, async (session, server) => {
    await openQueueSeeded(session, server, CLIPS);
    const page = await session.context.newPage();
    await page.addInitScript({ content: recordKeyFrames });
    await page.goto(`chrome-extension://${session.extensionId}/issue.html`);
    await page.getByText(`${CLIPS} clips`).first().waitFor();
    const intro = page.getByRole('textbox', { name: 'Intro', exact: true });
    await intro.click();
    // One key at a time, each after the frame of the one before: as a person types, not faster than the page paints.
    for (const key of TEXT) {
      await page.keyboard.type(key);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    }
    const frames = (await page.evaluate(() => (window as unknown as { __keyFrames: number[] }).__keyFrames)) as number[];
    return { clips: CLIPS, keys: frames.length, ...summary(frames) };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(JSON.stringify(await benchIntroTyping(), null, 2));
}
