import { useStore } from '@nanostores/react';
import type { Identity } from '../../domain/identity/identity';
import { identityStore } from '../../stores/identity';

/** 我的身份 of this browser, kept current across tabs. */
export function useIdentity(): Identity | null {
  return useStore(identityStore().$identity);
}
