import { contextBridge, ipcRenderer } from 'electron';
import type { LiaisonBridge } from '../src-shared/bridge';
import { IPC_CHANNEL_PREFIX, PUSH_CHANNEL } from '../src-shared/bridge';

// The renderer gets exactly two functions; ipcRenderer itself never crosses the bridge.
const bridge: LiaisonBridge = {
  invoke: (name, input) => ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${String(name)}`, input),
  on: (event, listener) => {
    const handler = (_e: unknown, message: { event: string; payload: never }) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(PUSH_CHANNEL, handler);
    return () => ipcRenderer.removeListener(PUSH_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('liaison', bridge);
