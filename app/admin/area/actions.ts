'use server';

import { updateAreaSettings } from '@/lib/areas/settings';
import { runAction } from '../../_lib/server-action';

export async function areaSettingsAction(raw: unknown) {
  return runAction(raw, updateAreaSettings);
}
