import { describe, expect, it } from 'vitest';
import { StorageRefusal } from '@/lib/db';
import { storageErrorMessage } from '@/lib/saving/storage-error';

describe('storageErrorMessage', () => {
  it('passes a refusal through in its own words', () => {
    const refusal = new StorageRefusal('published-issue', 'Issue #12 is published; its clips can no longer be changed.');
    expect(storageErrorMessage(refusal)).toBe('Issue #12 is published; its clips can no longer be changed.');
    expect(storageErrorMessage(new StorageRefusal('missing-clip', 'That clip no longer exists.'))).toBe('That clip no longer exists.');
  });

  it('words a full or closed database, and keeps any other failure’s detail', () => {
    expect(storageErrorMessage(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toMatch(/storage for this extension is full/);
    expect(storageErrorMessage(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' }))).toMatch(/database is closed/);
    expect(storageErrorMessage(new Error('disk on fire'))).toBe('Saving failed: disk on fire');
  });

  it('words a blocked or newer-version upgrade, and says the typed text is kept', () => {
    expect(storageErrorMessage(Object.assign(new Error('x'), { name: 'VersionError' }))).toMatch(/upgraded by a newer version.*reload this page/);
    expect(storageErrorMessage(Object.assign(new Error('Upgrade blocked by other connection'), { name: 'Error' }))).toMatch(/close the other pages/);
    expect(storageErrorMessage(Object.assign(new Error('x'), { name: 'DatabaseClosedError' }))).toMatch(/What you typed stays on this page/);
  });
});
