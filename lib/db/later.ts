/**
 * A verb of a module loaded on its first call (`load` is a dynamic import), with
 * the verb's own type: the store lists every verb, but a page loads only the
 * modules of the verbs it calls. Every such verb returns a promise already.
 */
export function later<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  const call = async (...args: unknown[]) => ((await load())[name] as (...a: unknown[]) => unknown)(...args);
  return call as M[K];
}
