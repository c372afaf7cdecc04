/**
 * Resolves in a task of its own, so the browser can paint and deliver the
 * events waiting (IndexedDB's among them) first. Unlike `setTimeout(0)`, it is
 * not held back to 4 ms once called from the tasks it resumed (the import
 * pauses a few dozen times in a row).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
