import { describe, expect, it } from 'vitest';
import { testDatabase } from '@/test/support/test-database';

describe('corrections in lib/db', () => {
  it('remembers, reads by site, updates and forgets', async () => {
    const { db, store } = testDatabase();
    await store.rememberCorrections(
      [
        { site: 'example.com', field: 'source', from: 'EX', to: 'Example' },
        { site: 'example.com', field: 'author', from: 'dana', to: 'Dana' },
        { site: 'dana.github.io', field: 'source', from: 'EX', to: 'Dana’s blog' },
      ],
      10,
    );
    expect((await store.correctionsForSites(['example.com'])).map((c) => c.to).sort()).toEqual(['Dana', 'Example']);
    expect(await store.correctionsForSites(['bo.github.io'])).toEqual([]);

    // The same site, field and value is one row: remembering again replaces it.
    await store.rememberCorrections([{ site: 'example.com', field: 'source', from: 'EX', to: 'Example News' }], 20);
    expect(await db.corrections.count()).toBe(3);
    await store.updateCorrection({ site: 'example.com', field: 'author', from: 'dana' }, 'Dana Smith', 30);
    expect(await store.correctionsForSites(['example.com'])).toEqual(
      expect.arrayContaining([
        { site: 'example.com', field: 'source', from: 'EX', to: 'Example News', updatedAt: 20 },
        { site: 'example.com', field: 'author', from: 'dana', to: 'Dana Smith', updatedAt: 30 },
      ]),
    );
    await store.forgetCorrection({ site: 'example.com', field: 'source', from: 'EX' });
    expect((await store.allCorrections()).map((c) => c.site).sort()).toEqual(['dana.github.io', 'example.com']);
    // Updating a forgotten one does not bring it back.
    await store.updateCorrection({ site: 'example.com', field: 'source', from: 'EX' }, 'Again');
    expect(await db.corrections.count()).toBe(2);
  });

  it('opens a version-2 database and adds the table, keeping its clips', async () => {
    const { default: Dexie } = await import('dexie');
    const name = `old-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old
      .version(2)
      .stores({ issues: '++id, &number, status', clips: '++id, issueId, [issueId+section], createdAt, *urlKeys, deletedAt', drafts: 'key, updatedAt' });
    await old.table('drafts').put({ key: 'k', form: {}, updatedAt: 1 });
    old.close();
    const { RoundupDatabase } = await import('@/lib/db/database');
    const db = new RoundupDatabase(name);
    expect(await db.drafts.count()).toBe(1);
    expect(await db.corrections.count()).toBe(0);
    db.close();
  });
});
