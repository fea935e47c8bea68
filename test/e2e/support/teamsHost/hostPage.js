// The Teams side of teams-js's postMessage protocol, just enough for a tab and its configuration page.
// Plain browser JavaScript, served as it is: the page has no build step. Every message in either
// direction goes into `window.teamsHostLog`, which the test reads.
(() => {
  const setup = JSON.parse(document.getElementById('host-setup').textContent);
  const frame = document.getElementById('tab');
  const tabOrigin = new URL(frame.src).origin;
  const log = [];
  window.teamsHostLog = log;

  // Runtime API version 4 is what teams-js 2.x expects from a current host; `pages.config` makes
  // pages.config.isSupported() true, `appInitialization` lets the tab report its first screen.
  const runtime = {
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    supports: {
      app: {},
      appInitialization: {},
      pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
      teamsCore: {},
    },
  };

  const send = (message) => {
    log.push({ direction: 'to-tab', func: message.func ?? null, id: message.id ?? null, args: message.args });
    frame.contentWindow.postMessage(message, tabOrigin);
  };

  // Requests whose answer the tab waits for; anything else (registerHandler, notifications) is only logged.
  const answers = {
    initialize: () => [setup.frameContext, 'web', JSON.stringify(runtime), '2.58.0'],
    getContext: () => [setup.context],
    'settings.setSettings': () => [true],
    'settings.getSettings': () => [setup.savedConfig ?? {}],
  };

  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== tabOrigin) return;
    const request = event.data;
    if (!request || typeof request.func !== 'string') return;
    log.push({ direction: 'from-tab', func: request.func, id: request.id, args: request.args ?? [] });
    const answer = answers[request.func];
    if (answer)
      send({ id: request.id, uuidAsString: request.uuidAsString, args: answer(request.args ?? []) });
  });

  /** An event the host raises on its own, e.g. `themeChange` or the Save button's `settings.save`. */
  window.teamsHostRaise = (func, args) => send({ func, args });
})();
