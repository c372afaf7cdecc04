/**
 * Runs in the service worker: finds the current (draft) issue and adds the clips to it in one
 * transaction, each stored row as given, filed by `section` or by `sectionIndex` in the issue's
 * order, with a fresh uid and rev 1 as the v4 schema's hooks would give, and a clip's defaults (no
 * label, not in the subtitle, not deleted, no URL keys) where the row leaves them out; resolves to the number. Shared by the bench and `npm run screenshots`. Plain
 * source text, because tsx's keepNames would wrap named helpers in a `__name` the worker lacks.
 */
export const insertClipsSource = `(clips) => new Promise((resolve, reject) => {
  const open = indexedDB.open('roundup-clipper');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    let tx;
    // A throw here (no such store yet) would otherwise leave the caller's evaluate waiting forever.
    try { tx = db.transaction(['issues', 'clips'], 'readwrite'); } catch (error) { db.close(); reject(error); return; }
    tx.onerror = () => reject(tx.error);
    const issues = tx.objectStore('issues').getAll();
    issues.onsuccess = () => {
      const drafts = issues.result.filter((issue) => issue.status === 'draft').sort((a, b) => a.number - b.number);
      const issue = drafts[drafts.length - 1];
      if (!issue) { tx.abort(); reject(new Error('no draft issue: open the popup first')); return; }
      const store = tx.objectStore('clips');
      for (const { sectionIndex, ...clip } of clips) {
        store.add({ uid: crypto.randomUUID(), rev: 1, label: '', inSubtitle: false, deletedAt: null, urlKeys: [], ...clip, issueId: issue.id, section: sectionIndex === undefined ? clip.section : issue.sectionOrder[sectionIndex] });
      }
      tx.oncomplete = () => { db.close(); resolve(issue.number); };
    };
  };
})`;
