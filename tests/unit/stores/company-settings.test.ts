import { describe, expect, test } from 'vitest';
import { defaultSettings, serializeSettings } from '../../../src/domain/settings/company-settings';
import { createSettingsStore, SETTINGS_KEY, settingsStore } from '../../../src/stores/company-settings';
import { listBackups } from '../../../src/stores/storage-backups';
import { createMemoryEngine } from '../../../src/stores/storage-engine';

const NOW = () => new Date('2026-12-06T06:00:00.000Z');
const company = (name = '华东销售部') => defaultSettings(name, '2026-12-06');

describe('company settings store', () => {
  test('with nothing stored, the site’s defaults apply', () => {
    const store = createSettingsStore(createMemoryEngine(), NOW);
    expect(store.$settings.get()).toBeNull();
    expect(store.$rules.get().source).toBe('本站默认设置');
    expect(store.$notice.get()).toBeNull();
  });

  test('a save is validated, stored, and seen by another tab', () => {
    const engine = createMemoryEngine();
    const store = createSettingsStore(engine, NOW);
    const other = createSettingsStore(engine.openTab(), NOW);
    const s = { ...company(), stalledAfterDays: 21 };
    expect(store.save(s)).toEqual({ ok: true });
    expect(engine.getItem(SETTINGS_KEY)).toBe(serializeSettings(s));
    expect(other.$rules.get()).toMatchObject({ stalledAfterDays: 21, source: '公司设置（华东销售部，2026-12-06）' });
  });

  test('a refused save changes nothing', () => {
    const engine = createMemoryEngine();
    const store = createSettingsStore(engine, NOW);
    store.save(company());
    const before = engine.getItem(SETTINGS_KEY);
    const refused = store.save({ ...company(), stalledAfterDays: 0 });
    expect(refused).toEqual({ ok: false, reasons: ['stalledAfterDays：应为 1–365 天'] });
    expect(engine.getItem(SETTINGS_KEY)).toBe(before);
    expect(store.$settings.get()?.stalledAfterDays).toBe(14);
  });

  test('every replacement keeps the replaced text as a backup', () => {
    const engine = createMemoryEngine();
    const store = createSettingsStore(engine, NOW);
    store.save(company('甲'));
    const first = engine.getItem(SETTINGS_KEY);
    store.save(company('乙'));
    expect(store.reset()).toEqual({ ok: true });
    expect(engine.getItem(SETTINGS_KEY)).toBeNull();
    expect(store.$rules.get().source).toBe('本站默认设置');
    const kept = listBackups(engine).map((b) => engine.getItem(b.key));
    expect(kept).toContain(first);
    expect(kept).toContain(serializeSettings(company('乙')));
  });

  test('a full storage refuses the change rather than lose the current settings', () => {
    const engine = createMemoryEngine();
    const store = createSettingsStore(engine, NOW);
    store.save(company('甲'));
    engine.setQuota(engine.usedBytes());
    const outcome = store.save(company('乙乙乙'));
    expect(outcome.ok).toBe(false);
    expect(store.$settings.get()?.company).toBe('甲');
  });

  test('preview names the changes and stores nothing; a broken file is refused with reasons', () => {
    const engine = createMemoryEngine();
    const store = createSettingsStore(engine, NOW);
    const preview = store.preview(serializeSettings({ ...company(), evaluation: { ...company().evaluation, recommendAt: 75 } }));
    expect(preview.ok && preview.changes.map((c) => c.label)).toEqual(['规则来源', '推荐线（综合得分达到）']);
    expect(engine.getItem(SETTINGS_KEY)).toBeNull();
    expect(store.preview('{"type":"playbook.company-settings","schemaVersion":1}')).toMatchObject({ ok: false });
  });

  test('unreadable stored settings are backed up and reported; the defaults apply', () => {
    const engine = createMemoryEngine();
    engine.setItem(SETTINGS_KEY, '{"type":"playbook.company-settings",');
    const store = createSettingsStore(engine, NOW);
    expect(store.$settings.get()).toBeNull();
    expect(store.$notice.get()).toMatch(/无法读取，已保留备份/);
    expect(listBackups(engine).map((b) => engine.getItem(b.key))).toEqual(['{"type":"playbook.company-settings",']);
  });
});

describe('company settings store on a failing storage', () => {
  test('unreadable storage: the defaults apply and nothing throws', () => {
    const engine = createMemoryEngine();
    const blocked = { ...engine, getItem: () => { throw new DOMException('blocked', 'SecurityError'); } };
    const store = createSettingsStore(blocked, NOW);
    expect(store.$settings.get()).toBeNull();
    expect(store.$rules.get().source).toBe('本站默认设置');
    expect(store.save(company())).toEqual({ ok: true });
  });

  test('corrupt stored settings on a full storage: reported, left in place, defaults apply', () => {
    const engine = createMemoryEngine();
    engine.setItem(SETTINGS_KEY, 'not json');
    engine.setQuota(engine.usedBytes());
    const store = createSettingsStore(engine, NOW);
    expect(store.$notice.get()).toBe('本机保存的公司设置无法读取，目前使用本站默认设置。');
    expect(engine.getItem(SETTINGS_KEY)).toBe('not json');
  });

  test('a browser that refuses writes: the save is refused and says why', () => {
    const engine = createMemoryEngine();
    const refusing = { ...engine, setItem: () => { throw new DOMException('denied', 'SecurityError'); } };
    const store = createSettingsStore(refusing, NOW);
    expect(store.save(company())).toEqual({ ok: false, reasons: ['浏览器不允许保存，设置未保存。'] });
    expect(store.$settings.get()).toBeNull();
  });

  test('another tab clearing the storage brings back the defaults', () => {
    const engine = createMemoryEngine();
    const store = createSettingsStore(engine, NOW);
    store.save(company());
    engine.openTab().simulateExternalWrite(SETTINGS_KEY, null);
    expect(store.$settings.get()).toBeNull();
    store.dispose();
  });
});

describe('the page’s settings store', () => {
  test('one per page; without a browser storage it keeps the settings in memory', () => {
    expect(settingsStore()).toBe(settingsStore());
    expect(settingsStore().$rules.get().source).toBe('本站默认设置');
  });

  test('writes to other keys are not its business', () => {
    const engine = createMemoryEngine();
    const store = createSettingsStore(engine, NOW);
    store.save(company('甲'));
    const tab = engine.openTab();
    tab.setItem('playbook:theme', '"dark"');
    tab.setItem(SETTINGS_KEY, '{"broken"');
    expect(store.$settings.get()).toBeNull();
    expect(store.$notice.get()).toMatch(/无法读取，已保留备份/);
  });
});
