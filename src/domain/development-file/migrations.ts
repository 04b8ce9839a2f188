/**
 * Upgrades of stored and exported development files, oldest first. Each step
 * takes the raw object of version N and returns the raw object of version
 * N + 1; restore() then validates the result against the current schema.
 *
 * Migration scenarios:
 * 1. A file saved by an older version of the site in this browser: migrated
 *    on load, written back in the new shape on the next save.
 * 2. An older export imported: migrated before the preview, so the preview
 *    compares like with like.
 * 3. A file from a newer version than this site knows: never downgraded
 *    (fields would be lost); the import refuses it, local storage keeps the
 *    raw text in a backup key.
 *
 * Version 0 is the shape of the prototype's exports ("name" at the top level,
 * stage names in Chinese); kept so that such files can still be brought in.
 */
import { SCHEMA_VERSION } from './schema';

type Raw = Record<string, unknown>;

const LEGACY_STAGE_NAMES: Record<string, string> = {
  策划与评估: 'evaluation',
  背景调查: 'survey',
  开发申请: 'application',
  前期准备: 'preparation',
  正式实施: 'execution',
  开发总结: 'review',
  纳入客户管理: 'onboarding',
  终止: 'terminated',
};

export const MIGRATIONS: Record<number, (file: Raw) => Raw> = {
  0: (file) => {
    const { name, ...rest } = file;
    const customer = (typeof rest['customer'] === 'object' && rest['customer'] !== null ? rest['customer'] : {}) as Raw;
    const stage = typeof rest['stage'] === 'string' ? (LEGACY_STAGE_NAMES[rest['stage']] ?? rest['stage']) : rest['stage'];
    return { ...rest, stage, customer: { ...customer, name: customer['name'] ?? name } };
  },
};

export type MigrationResult = { ok: true; file: Raw } | { ok: false; reason: string };

/** Runs every step from `fromVersion` up to SCHEMA_VERSION. */
export function migrate(file: Raw, fromVersion: number): MigrationResult {
  if (!Number.isInteger(fromVersion) || fromVersion < 0) {
    return { ok: false, reason: `无法识别的版本号：${String(fromVersion)}` };
  }
  if (fromVersion > SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `该档案来自更新版本的系统（数据版本 ${fromVersion}，本站支持到 ${SCHEMA_VERSION}），请先刷新或更新本站后再打开。`,
    };
  }
  let current = file;
  for (let v = fromVersion; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, reason: `缺少从版本 ${v} 升级的步骤` };
    current = step(current);
  }
  return { ok: true, file: current };
}
