// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showNoticeInPage } from '@/lib/context-menu/page-functions';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const notice = () => document.getElementById('roundup-clipper-notice')?.shadowRoot?.querySelector('[role="status"]');

describe('the notice a menu action shows in the page', () => {
  it('says what happened as text, in a status of its own, and goes after a few seconds', () => {
    vi.useFakeTimers();
    showNoticeInPage('added to the Inbox of issue #3 <img src=x onerror=alert(1)>.');
    expect(notice()?.textContent).toBe('');
    vi.advanceTimersByTime(60);
    expect(notice()?.textContent).toBe('Roundup Clipper: added to the Inbox of issue #3 <img src=x onerror=alert(1)>.');
    expect(notice()?.querySelector('img')).toBeNull();
    vi.advanceTimersByTime(5000);
    expect(document.getElementById('roundup-clipper-notice')).toBeNull();
  });

  it('a second notice replaces the first', () => {
    vi.useFakeTimers();
    showNoticeInPage('one');
    showNoticeInPage('two');
    vi.advanceTimersByTime(60);
    expect(document.querySelectorAll('#roundup-clipper-notice')).toHaveLength(1);
    expect(notice()?.textContent).toBe('Roundup Clipper: two');
  });
});
