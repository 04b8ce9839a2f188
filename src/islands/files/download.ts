/**
 * Saves text as a file on the user's machine. Everything is local: a Blob,
 * an object URL on this origin and a temporary <a download>, so no request
 * leaves the browser and the strict CSP is satisfied.
 */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const JSON_TYPE = 'application/json;charset=utf-8';
export const CSV_TYPE = 'text/csv;charset=utf-8';
export const TEXT_TYPE = 'text/plain;charset=utf-8';
