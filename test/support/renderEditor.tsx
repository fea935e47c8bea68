import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanEditorPage } from '../../src/tab/editor';
import type { PlanId, PupilId } from '../../src/domain';
import { SEED_PLAN_ID, fakeEditorServices, type FakeEditorServices } from './fakeEditorServices';

/**
 * Fluent's focus trap updates aria-hidden on a timer; on a loaded 2-core CI machine that can take
 * longer than Testing Library's default 1 s wait.
 */
configure({ asyncUtilTimeout: 5000 });

export interface RenderedEditor {
  readonly services: FakeEditorServices;
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly onBack: jest.Mock;
  readonly unmount: () => void;
}

/** The editor page as the shell mounts it, on a fake store, once the plan has loaded. */
export const renderEditor = async (
  options: {
    services?: FakeEditorServices;
    planId?: PlanId;
    /** Opens a new, unsaved plan for this pupil instead (the `#/new/<pupilId>` route). */
    newFor?: PupilId;
    onCreated?: (planId: PlanId) => void;
    pupilName?: string;
  } = {},
): Promise<RenderedEditor> => {
  const services = options.services ?? fakeEditorServices();
  const onBack = jest.fn();
  const user = userEvent.setup();
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <PlanEditorPage
        services={services}
        planId={options.newFor ? null : (options.planId ?? SEED_PLAN_ID)}
        {...(options.newFor ? { newFor: options.newFor } : {})}
        {...(options.onCreated ? { onCreated: options.onCreated } : {})}
        onBack={onBack}
        smartDelayMs={0}
      />
    </FluentProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: options.pupilName ?? 'Sam Taylor' });
  return { services, user, onBack, unmount };
};
