import { createRoot } from 'react-dom/client';
import { officeLoginHint } from '../app/officeSignIn';
import { saveFile } from '../app/saveFile';
import { detectPaneHost, officeGlobal } from './host/officeHost';
import { TaskPaneApp, type TaskPaneBoot } from './TaskPaneApp';
import { officeWordPort } from './word/wordPort';

const sessionStore = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    // A sandboxed frame may refuse storage; the demo persona is then not remembered.
    return null;
  }
};

const boot: TaskPaneBoot = {
  detectHost: () => detectPaneHost(officeGlobal()),
  // Configuration (zod) and the Graph client load with the pane's second chunk, not its first screen.
  loadConfig: async () => (await import(/* webpackChunkName: "pane" */ '../app/loadConfig')).loadConfig(),
  createServices: async (config, deps) =>
    (await import(/* webpackChunkName: "pane" */ '../app/services')).createServices(config, deps),
  search: window.location.search,
  storage: sessionStore(),
  word: officeWordPort,
  saveFile: (bytes, fileName, mimeType) => void saveFile(bytes, fileName, mimeType),
  loginHint: officeLoginHint(officeGlobal()),
};

const root = document.getElementById('root');
if (root) createRoot(root).render(<TaskPaneApp boot={boot} />);
