import { useStore } from '@nanostores/react';
import type { ActiveRules } from '../../domain/settings/company-settings';
import { settingsStore } from '../../stores/company-settings';

/** The rules in force in this browser (公司设置, or the site's defaults), kept current across tabs. */
export function useRules(): ActiveRules {
  return useStore(settingsStore().$rules);
}
