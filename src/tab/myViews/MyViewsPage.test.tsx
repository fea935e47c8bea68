import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NO_ACCESS } from '../../domain';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { fakeServices } from '../../../test/support/fakeServices';
import { planWithTargets } from '../../../test/support/planBuilder';
import { MyViewsPage } from './MyViewsPage';

// Frozen clock (fakeServices): Tuesday 24/11/2026.
const plan = planWithTargets(1, { status: 'active', parentViews: '' });

beforeEach(() => sessionStorage.clear());

const renderPage = (
  access: Parameters<typeof fakeServices>[0] = {},
  store = createInMemoryIepStore({ plans: [plan] }),
) => {
  const services = fakeServices({ ...access, store });
  const view = render(
    <FluentProvider theme={teamsLightTheme}>
      <MyViewsPage services={services} planId={plan.id} />
    </FluentProvider>,
  );
  return Object.assign(store, { unmount: view.unmount });
};

const answer = (question: string) => screen.findByRole('textbox', { name: question });

describe('My views', () => {
  it("saves the child's answers as typed, the face chosen by its words, who helped and the day", async () => {
    const store = renderPage();
    const user = userEvent.setup();
    await user.type(await answer('What would I like to do?'), 'I want to read a whole book by myself');
    await user.type(await answer('How will I know?'), 'I will read it to my class');
    await user.type(screen.getByRole('textbox', { name: /Who helped me/ }), 'Mrs Khan (TA)');
    const scale = screen.getByRole('radiogroup', { name: 'How do I feel about how it is going?' });
    expect(scale).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    await user.click(screen.getByRole('button', { name: 'Save my views' }));

    expect(await screen.findByText('Your views are saved with the plan.')).toBeTruthy();
    expect(store.plans.get(plan.id)?.myViews).toEqual({
      answers: {
        like: 'I want to read a whole book by myself',
        help: '',
        done: '',
        know: 'I will read it to my class',
      },
      feeling: 4,
      helpedBy: 'Mrs Khan (TA)',
      filledInOn: '2026-11-24',
    });
  });

  it('names each face by its words alone, so no choice rests on the picture', async () => {
    renderPage();
    await screen.findByRole('radiogroup', { name: 'How do I feel about how it is going?' });
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label') ?? '')).toEqual([
      '',
      '',
      '',
      '',
      '',
    ]);
    for (const words of ['Not good', 'Not very good', 'OK', 'Good', 'Really good'])
      expect(screen.getByRole('radio', { name: words })).toBeTruthy();
  });

  it("does not overwrite a colleague's save: it says so, and puts these views onto their copy", async () => {
    const store = renderPage();
    const user = userEvent.setup();
    await user.type(await answer('What would I like to do?'), 'Play football at lunch');
    // A colleague saves the parents' views in the plan editor after this page opened it.
    store.as('Ms Jones').savePlanNow({ ...plan, parentViews: 'Mum says he is happier.' }, plan);
    await user.click(screen.getByRole('button', { name: 'Save my views' }));

    expect(await screen.findByText('Someone else saved this plan since you opened it')).toBeTruthy();
    expect(store.plans.get(plan.id)?.myViews.answers.like).toBe('');
    expect(store.plans.get(plan.id)?.parentViews).toBe('Mum says he is happier.');

    await user.click(screen.getByRole('button', { name: 'Save these views onto their copy' }));
    expect(await screen.findByText('Your views are saved with the plan.')).toBeTruthy();
    expect([store.plans.get(plan.id)?.myViews.answers.like, store.plans.get(plan.id)?.parentViews]).toEqual([
      'Play football at lunch',
      'Mum says he is happier.',
    ]);
  });

  it('keeps answers typed but not saved through a reload, and saves them against the plan they began from', async () => {
    const store = renderPage();
    const user = userEvent.setup();
    await user.type(await answer('What would I like to do?'), 'Swim a length');
    store.unmount();
    // A colleague saves the plan while the page is reloading: the restored answers must not overwrite it.
    store.as('Ms Jones').savePlanNow({ ...plan, parentViews: 'Dad says swimming helps.' }, plan);

    renderPage({}, store);
    expect((await answer('What would I like to do?')).getAttribute('value') ?? '').toBe('');
    expect((await answer('What would I like to do?')).textContent).toBe('Swim a length');
    expect(screen.getByText(/The answers typed before the page reloaded are back/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save my views' }));
    expect(await screen.findByText('Someone else saved this plan since you opened it')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save these views onto their copy' }));
    expect(await screen.findByText('Your views are saved with the plan.')).toBeTruthy();
    expect(store.plans.get(plan.id)?.myViews.answers.like).toBe('Swim a length');
    expect(store.plans.get(plan.id)?.parentViews).toBe('Dad says swimming helps.');

    // Saved: a later visit starts from SharePoint, not from an old draft.
    store.unmount();
    renderPage({}, store);
    await answer('What would I like to do?');
    expect(screen.queryByText(/The answers typed before the page reloaded are back/)).toBeNull();
  });

  it('a teaching assistant, who may not change the plan, reads the views and cannot save', async () => {
    renderPage({ access: { ...NO_ACCESS, assistantOf: new Set([plan.pupil.classTeamId]) } });
    expect(await screen.findByText(/Only staff who may change this plan fill in My views/)).toBeTruthy();
    expect((await answer('What would I like to do?')).hasAttribute('readonly')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save my views' })).toBeNull();
  });
});
