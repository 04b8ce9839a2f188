/** The review page's address for one application. */
export function reviewHref(id: string): string {
  return `/review/?id=${encodeURIComponent(id)}`;
}
