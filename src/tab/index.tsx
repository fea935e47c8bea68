import { createRoot } from 'react-dom/client';
import { loadConfig } from '../app/loadConfig';
import { createServices } from '../app/services';
import { clearAllDrafts } from '../app/usecases/editing/draftStorage';
import { detectHost } from './host/detectHost';
import { TabApp, type TabBoot } from './TabApp';

const sessionStore = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    // A sandboxed frame may refuse storage; the persona is then not remembered across reloads.
    return null;
  }
};

const tab: TabBoot = {
  loadConfig: () => loadConfig(),
  detectHost: () => detectHost(),
  createServices,
  search: window.location.search,
  pageUrl: `${window.location.origin}${window.location.pathname}`,
  storage: sessionStore(),
  clearDrafts: clearAllDrafts,
};

const root = document.getElementById('root');
if (root) createRoot(root).render(<TabApp tab={tab} />);
