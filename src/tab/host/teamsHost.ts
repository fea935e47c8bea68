import { app, FrameContexts, pages } from '@microsoft/teams-js';
import type { TeamsHost, TeamsTabContext } from './host.types';

/**
 * Every teams-js call the tab makes. This module is loaded only when the page runs inside a frame:
 * importing teams-js starts a fetch of its valid-origins list, which a plain browser does not need.
 */
const toTabContext = (context: app.Context): TeamsTabContext => ({
  frameContext:
    context.page.frameContext === FrameContexts.settings
      ? 'settings'
      : context.page.frameContext === FrameContexts.content
        ? 'content'
        : 'other',
  teamGroupId: context.team?.groupId ?? null,
  teamName: context.team?.displayName ?? null,
  channelId: context.channel?.id ?? null,
  channelName: context.channel?.displayName ?? null,
  userPrincipalName: context.user?.userPrincipalName ?? null,
  loginHint: context.user?.loginHint ?? null,
  locale: context.app.locale,
  theme: context.app.theme,
});

export const connectToTeams = async (): Promise<TeamsHost> => {
  await app.initialize();
  const context = toTabContext(await app.getContext());
  return {
    kind: 'teams',
    context,
    onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
    notifySuccess: () => {
      void app.notifySuccess().catch(() => undefined);
    },
    config: pages.config.isSupported()
      ? {
          registerOnSaveHandler: (handler) =>
            pages.config.registerOnSaveHandler((event) => {
              handler().then(
                () => event.notifySuccess(),
                (error: unknown) =>
                  event.notifyFailure(error instanceof Error ? error.message : 'The tab could not be saved.'),
              );
            }),
          setValidityState: (valid) => pages.config.setValidityState(valid),
          setConfig: (instance) => pages.config.setConfig(instance),
        }
      : null,
  };
};
