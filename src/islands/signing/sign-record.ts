/**
 * Signing what a manager just recorded on the desk: the record named `key`
 * of `file` (already made by the domain), signed with the identity's key in
 * this browser. Without a key the record stays unsigned, and the caller says
 * whether that still counts (only when the team has not turned signing on).
 */
import type { DevelopmentFile } from '../../domain/development-file/schema';
import type { Identity } from '../../domain/identity/identity';
import { attachSignature, fileRecords } from '../../domain/signing/file-records';
import { signAs } from '../../stores/signing-keys';

export async function signRecord(file: DevelopmentFile, key: string, identity: Identity | null): Promise<{ file: DevelopmentFile; signed: boolean }> {
  const record = fileRecords(file).find((r) => r.key === key);
  if (!identity || !record) return { file, signed: false };
  const signature = await signAs(identity, record.text);
  return signature ? { file: attachSignature(file, key, signature), signed: true } : { file, signed: false };
}

export const UNSIGNED_NOTE = '未签名：本浏览器没有你的签名密钥（在“公司设置”中生成并加入管理人员名单），开启签名审批的团队不会计入这条记录。';
