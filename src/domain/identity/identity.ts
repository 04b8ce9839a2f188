/**
 * 我的身份: who uses this browser, and in which role of the procedure: the
 * 开发业务 (rep), the 营销部长 or the 总经理. It names the author of what is
 * recorded on 主管审阅. It is a record, not an access control: there is no
 * login, and anyone at this browser can change it (the page says so).
 */
import { z } from '../zod';
import { APPROVER_ROLES, type ApproverRole } from '../development-file/schema';

export const IDENTITY_ROLES = ['rep', ...APPROVER_ROLES] as const;
export type IdentityRole = (typeof IDENTITY_ROLES)[number];

export const IDENTITY_ROLE_LABELS: Readonly<Record<IdentityRole, string>> = {
  rep: '开发业务',
  marketingManager: '营销部长',
  generalManager: '总经理',
};

export const identitySchema = z.object({
  name: z.string().trim().min(1, '请填写姓名').max(40, '姓名不能超过 40 个字符'),
  role: z.enum(IDENTITY_ROLES, '请选择身份'),
});

export type Identity = z.infer<typeof identitySchema>;

export type IdentityProblems = Partial<Record<keyof Identity, string>>;
export type IdentityParse = { ok: true; identity: Identity } | { ok: false; problems: IdentityProblems };

/** The identity, or its problems by field (in form order). */
export function validateIdentity(input: unknown): IdentityParse {
  const result = identitySchema.safeParse(input);
  if (result.success) return { ok: true, identity: result.data };
  const problems: IdentityProblems = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] === 'role' ? 'role' : 'name';
    problems[field] ??= issue.path.length === 0 ? '请填写姓名并选择身份' : issue.message;
  }
  return { ok: false, problems };
}

/** The stored text as an identity, or null (never throws). */
export function restoreIdentity(raw: string | null): Identity | null {
  if (raw === null) return null;
  try {
    const result = identitySchema.safeParse(JSON.parse(raw));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** The manager role an identity records in, or null for a rep (or nobody). */
export function managerRole(identity: Identity | null): ApproverRole | null {
  return identity && identity.role !== 'rep' ? identity.role : null;
}

/** “营销部长 李明”. */
export function identityLabel(identity: Identity): string {
  return `${IDENTITY_ROLE_LABELS[identity.role]} ${identity.name}`;
}
