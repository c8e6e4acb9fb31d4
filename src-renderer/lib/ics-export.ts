import type { CallInput } from '../../src-shared/contract';
import { toast } from '../components/Toast';
import i18n from '../i18n';
import { invoke, toAppError } from './client';
import { formatNumber } from './format';
import { downloadText } from './files';

/** Exports events as an .ics file the user saves: chosen events, a series, or a calendar filter. */
export async function exportIcs(scope: CallInput<'ics.export'>, detail?: string): Promise<boolean> {
  try {
    const file = await invoke('ics.export', scope);
    if (file.count === 0) {
      toast('info', i18n.t('ics.export.nothing'));
      return false;
    }
    downloadText(file.fileName, file.text);
    toast('success', i18n.t('ics.export.done', { count: file.count, formatted: formatNumber(file.count), fileName: file.fileName }), detail);
    return true;
  } catch (error) {
    toast('error', i18n.t('ics.export.failed'), toAppError(error).message);
    return false;
  }
}
