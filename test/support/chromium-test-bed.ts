import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ChromiumSession, createProfileDir, launchChromium, removeProfile } from '@/test/support/chromium';
import { type StaticServer, startStaticServer } from '@/test/support/static-server';

export interface ChromiumTestBed {
  /** The page server, started before the file's tests. */
  readonly server: StaticServer;
  /** Launches Chromium with the extension; pass a profile to relaunch it (a browser restart). */
  launch(profileDir?: string): Promise<ChromiumSession>;
}

/**
 * Registers the hooks every Chromium E2E file needs: a page server for the
 * file, browsers closed after each test, profiles removed at the end.
 * `args` are added to every launch's Chromium flags (e.g. `TEST_HOST_RESOLVER_RULES`).
 */
export function chromiumTestBed(options: { args?: readonly string[] } = {}): ChromiumTestBed {
  let server: StaticServer | undefined;
  const sessions: ChromiumSession[] = [];
  const profiles: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterEach(async () => {
    await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => {})));
  });
  afterAll(async () => {
    await server?.close();
    await Promise.all(profiles.splice(0).map(removeProfile));
  });

  return {
    get server() {
      if (!server) throw new Error('the page server starts in beforeAll');
      return server;
    },
    async launch(profileDir) {
      const dir = profileDir ?? (await createProfileDir());
      if (!profiles.includes(dir)) profiles.push(dir);
      const session = await launchChromium(dir, undefined, options.args);
      sessions.push(session);
      return session;
    },
  };
}
