/**
 * The company settings of this browser (公司设置): none (the site's defaults
 * apply) or one record, shared with other tabs. Every replacement — a save, an
 * import, a reset — first keeps the text it replaces as a backup
 * (`playbook:backup:playbook:company-settings:<time>`, listed on the 开发档案
 * page like every other backup), so no rule set is ever lost. Stored text that
 * is not valid settings is backed up too and reported, never silently used.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import {
  activeRules,
  parseSettingsFile,
  restoreSettings,
  serializeSettings,
  settingChanges,
  validateSettings,
  type ActiveRules,
  type CompanySettings,
  type SettingChange,
} from '../domain/settings/company-settings';
import { writeBackup } from './storage-backups';
import { createBrowserEngine, createMemoryEngine, isQuotaError, type StorageEngine } from './storage-engine';

export const SETTINGS_KEY = 'playbook:company-settings';

export type SettingsOutcome = { ok: true } | { ok: false; reasons: string[] };
export type SettingsPreview =
  | { ok: true; settings: CompanySettings; changes: SettingChange[] }
  | { ok: false; reasons: string[] };

export interface SettingsStore {
  $settings: ReadableAtom<CompanySettings | null>;
  $rules: ReadableAtom<ActiveRules>;
  /** A stored text that could not be used (kept as a backup), or a failed write. */
  $notice: ReadableAtom<string | null>;
  /** Validates and stores; on refusal nothing changes and the reasons say why. */
  save(settings: unknown): SettingsOutcome;
  /** What importing this file would change; nothing is stored yet. */
  preview(text: string): SettingsPreview;
  /** Back to the site's defaults (the current settings are kept as a backup). */
  reset(): SettingsOutcome;
  dispose(): void;
}

export function createSettingsStore(engine: StorageEngine, now: () => Date = () => new Date()): SettingsStore {
  const $settings = atom<CompanySettings | null>(null);
  const $notice = atom<string | null>(null);

  /** The stored text, or null where there is none or storage cannot be read. */
  const storedText = (): string | null => {
    try {
      return engine.getItem(SETTINGS_KEY);
    } catch {
      return null;
    }
  };

  const read = () => {
    const raw = storedText();
    const settings = restoreSettings(raw);
    if (raw !== null && settings === null) {
      const backup = writeBackup(engine, SETTINGS_KEY, raw, now().toISOString());
      $notice.set(
        backup.ok
          ? '本机保存的公司设置无法读取，已保留备份（可在“开发档案”页下载），目前使用本站默认设置。'
          : '本机保存的公司设置无法读取，目前使用本站默认设置。',
      );
    }
    $settings.set(settings);
  };
  read();

  const stopListening = engine.addChangeListener((key) => {
    if (key === null || key === SETTINGS_KEY) read();
  });

  /** Keeps the text about to be replaced; refuses to go on when it cannot be kept. */
  const keepCurrent = (): SettingsOutcome => {
    const raw = storedText();
    if (raw === null) return { ok: true };
    const backup = writeBackup(engine, SETTINGS_KEY, raw, now().toISOString());
    return backup.ok ? { ok: true } : { ok: false, reasons: ['本机存储空间已满，无法备份当前设置，未做更改。请先删除一些备份。'] };
  };

  const write = (settings: CompanySettings | null): SettingsOutcome => {
    const kept = keepCurrent();
    if (!kept.ok) return kept;
    try {
      if (settings === null) engine.removeItem(SETTINGS_KEY);
      else engine.setItem(SETTINGS_KEY, serializeSettings(settings));
    } catch (error) {
      return { ok: false, reasons: [isQuotaError(error) ? '本机存储空间已满，设置未保存。' : '浏览器不允许保存，设置未保存。'] };
    }
    $settings.set(settings);
    $notice.set(null);
    return { ok: true };
  };

  return {
    $settings,
    $rules: computed($settings, activeRules),
    $notice,
    save: (input) => {
      const checked = validateSettings(input);
      return checked.ok ? write(checked.settings) : checked;
    },
    preview: (text) => {
      const parsed = parseSettingsFile(text);
      if (!parsed.ok) return parsed;
      return { ok: true, settings: parsed.settings, changes: settingChanges(activeRules($settings.get()), activeRules(parsed.settings)) };
    },
    reset: () => write(null),
    dispose: stopListening,
  };
}

let shared: SettingsStore | null = null;

/** The page's store: on this browser's storage, or in memory where storage is blocked. */
export function settingsStore(): SettingsStore {
  shared ??= createSettingsStore(createBrowserEngine() ?? createMemoryEngine());
  return shared;
}
