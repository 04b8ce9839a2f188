/** Where a file is edited: the workspace page, addressed by query so it works on a static host. */
export function workspaceHref(id: string): string {
  return `/files/file/?id=${encodeURIComponent(id)}`;
}
