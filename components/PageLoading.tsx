/** A page's heading while its data loads, or the storage error that stopped it. */
export function PageLoading({ className, title, error }: { className: string; title: string; error: string | null }) {
  return (
    <main class={className}>
      <h1>{title}</h1>
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : (
        <p aria-busy="true">Loading…</p>
      )}
    </main>
  );
}
