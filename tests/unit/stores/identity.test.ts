import { describe, expect, test } from 'vitest';
import { identityLabel, managerRole, restoreIdentity, validateIdentity } from '../../../src/domain/identity/identity';
import { createIdentityStore, IDENTITY_KEY } from '../../../src/stores/identity';
import { createMemoryEngine } from '../../../src/stores/storage-engine';

describe('我的身份', () => {
  test('a name and a role of the procedure; problems by field', () => {
    expect(validateIdentity({ name: ' 李明 ', role: 'marketingManager' })).toEqual({ ok: true, identity: { name: '李明', role: 'marketingManager' } });
    expect(validateIdentity({ name: ' ', role: 'boss' })).toEqual({ ok: false, problems: { name: '请填写姓名', role: '请选择身份' } });
    expect(validateIdentity(null)).toEqual({ ok: false, problems: { name: '请填写姓名并选择身份' } });
    expect(managerRole({ name: '张伟', role: 'rep' })).toBeNull();
    expect(managerRole({ name: '王总', role: 'generalManager' })).toBe('generalManager');
    expect(managerRole(null)).toBeNull();
    expect(identityLabel({ name: '王总', role: 'generalManager' })).toBe('总经理 王总');
  });

  test('restoring never throws; anything but a valid identity is nobody', () => {
    for (const raw of [null, '', '{', '[]', '{"name":"x"}', '{"name":"x","role":"admin"}', JSON.stringify({ name: 'a'.repeat(41), role: 'rep' })]) {
      expect(restoreIdentity(raw)).toBeNull();
    }
  });

  test('saved, seen by another tab, cleared; a refused save changes nothing', () => {
    const engine = createMemoryEngine();
    const store = createIdentityStore(engine);
    const other = createIdentityStore(engine.openTab());
    expect(store.$identity.get()).toBeNull();
    expect(store.save({ name: '李明', role: 'marketingManager' })).toEqual({ ok: true });
    expect(other.$identity.get()).toEqual({ name: '李明', role: 'marketingManager' });
    expect(store.save({ name: '', role: 'rep' })).toMatchObject({ ok: false });
    expect(engine.getItem(IDENTITY_KEY)).toBe(JSON.stringify({ name: '李明', role: 'marketingManager' }));
    store.clear();
    expect(store.$identity.get()).toBeNull();
    expect(other.$identity.get()).toBeNull();
    store.dispose();
    other.dispose();
  });

  test('a full storage keeps the identity for this page and says so', () => {
    const engine = createMemoryEngine({ quotaBytes: 10 });
    const store = createIdentityStore(engine);
    const outcome = store.save({ name: '李明', role: 'generalManager' });
    expect(outcome).toMatchObject({ ok: false, reason: '本机存储空间已满：身份只在本页有效，刷新后需重新选择。' });
    expect(store.$identity.get()).toEqual({ name: '李明', role: 'generalManager' });
  });
});

describe('我的身份 on a storage that refuses', () => {
  const refusing = () => {
    const engine = createMemoryEngine();
    const fail = () => {
      throw new Error('SecurityError');
    };
    return { ...engine, getItem: fail, setItem: fail, removeItem: fail, addChangeListener: engine.addChangeListener.bind(engine) };
  };

  test('nobody is read, a save holds for this page and says why, clearing does not throw', () => {
    const store = createIdentityStore(refusing());
    expect(store.$identity.get()).toBeNull();
    expect(store.save({ name: '王强', role: 'generalManager' })).toMatchObject({ ok: false, reason: '浏览器不允许保存：身份只在本页有效，刷新后需重新选择。' });
    expect(store.$identity.get()).toEqual({ name: '王强', role: 'generalManager' });
    store.clear();
    expect(store.$identity.get()).toBeNull();
  });
});

test('the page has one identity store', async () => {
  const { identityStore } = await import('../../../src/stores/identity');
  expect(identityStore()).toBe(identityStore());
});
