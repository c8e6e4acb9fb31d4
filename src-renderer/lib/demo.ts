import i18n from '../i18n';
import { invoke, toAppError } from './client';
import { formatNumber } from './format';
import { toast } from '../components/Toast';
import { useSystem } from './system';

/** Fills an empty store with the demo data set and says what arrived. */
export async function loadDemoData(): Promise<boolean> {
  try {
    const summary = await invoke('system.loadDemo', {});
    toast(
      'success',
      i18n.t('demo.loaded'),
      i18n.t('demo.summary', {
        people: formatNumber(summary.people),
        organisations: formatNumber(summary.organisations),
        events: formatNumber(summary.events),
        projects: formatNumber(summary.projects),
      }),
    );
    return true;
  } catch (error) {
    toast('error', i18n.t('demo.failed'), toAppError(error).message);
    return false;
  } finally {
    await useSystem.getState().loadSystem();
  }
}
