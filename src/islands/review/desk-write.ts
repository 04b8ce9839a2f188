/**
 * Saving what a manager records on the desk: the domain makes the new file,
 * the store saves it, and the result is one sentence for the page's status.
 */
import type { DevelopmentFile } from '../../domain/development-file/schema';
import { updateFile } from '../../stores/development-files';
import type { Identity } from '../../domain/identity/identity';
import { withManagerEntries } from '../../domain/development-file/manager-entries';
import { signRecord, UNSIGNED_NOTE } from '../signing/sign-record';

export type DeskResult = { ok: true; message: string } | { ok: false; message: string };

export const SEND_BACK = '已自动保存在本浏览器中；完成后请“导出给业务员（JSON）”。';

/** Applies `make` to the stored file; `make` returns null when the domain refused (its form shows why). */
export function saveRecord(fileId: string, make: (file: DevelopmentFile) => DevelopmentFile | null, done: string): DeskResult {
  let refused = false;
  const result = updateFile(fileId, (file) => {
    const next = make(file);
    if (next === null) refused = true;
    return next ?? file;
  });
  if (refused) return { ok: false, message: '' };
  return result.ok ? { ok: true, message: `${done}${SEND_BACK}` } : { ok: false, message: `没能保存：${result.reason}` };
}

/**
 * Saves a record a manager made on `made` (a copy of the file with the new
 * record), signed when this browser holds the identity's key: the signed
 * record is brought into the stored file as a manager entry (newer wins).
 */
export async function saveSigned(
  fileId: string,
  made: DevelopmentFile,
  key: string,
  identity: Identity | null,
  done: string,
  signingOn: boolean,
): Promise<DeskResult> {
  const { file: signed, signed: isSigned } = await signRecord(made, key, identity);
  const note = isSigned ? '已签名。' : signingOn ? `${UNSIGNED_NOTE}` : '';
  return saveRecord(fileId, (current) => withManagerEntries(current, signed), `${done}${note}`);
}
