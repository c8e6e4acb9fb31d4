import { BrowserWindow, ipcMain, type WebFrameMain } from 'electron';
import { callNames, pushEventNames } from '../src-shared/contract';
import { IPC_CHANNEL_PREFIX, PUSH_CHANNEL } from '../src-shared/bridge';
import type { LiaisonCore } from './core/app';
import { isTrustedUrl } from './security';

/** Registers each call of the contract once; the dispatcher validates the input and returns errors as data. */
export function registerIpc(core: LiaisonCore, rendererUrl: string): void {
  const trusted = (frame: WebFrameMain | null) => frame !== null && frame.parent === null && isTrustedUrl(frame.url, rendererUrl);
  for (const name of callNames) {
    ipcMain.handle(`${IPC_CHANNEL_PREFIX}${name}`, (event, input: unknown) => {
      if (!trusted(event.senderFrame)) {
        return { ok: false, error: { code: 'invalid_input', message: 'Calls are accepted only from Liaison’s own window' } };
      }
      return core.dispatch(name, input);
    });
  }
  for (const event of pushEventNames) {
    core.events.on(event, (payload) => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send(PUSH_CHANNEL, { event, payload });
    });
  }
}
