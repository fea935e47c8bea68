import { screen, within } from '@testing-library/react';
import { renderEditor } from '../../../../test/support/renderEditor';

beforeEach(() => sessionStorage.clear());

describe('section navigation', () => {
  test('the skip link comes first; Enter on it and then on a section moves focus to that section', async () => {
    const { user } = await renderEditor();
    // jsdom cannot run Tab from the very top of the document (Fluent's focus manager puts guard
    // elements there), so: the skip link is the page's first tabbable element (the browser test
    // presses Tab for real), and keyboard use goes on from it.
    const page = document.querySelector('[data-plan-editor]') as HTMLElement;
    const tabbable = [
      ...page.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
    ].filter((el) => el.tabIndex >= 0 && !el.hasAttribute('disabled'));
    const skip = screen.getByRole('link', { name: 'Skip to plan sections' });
    expect(tabbable[0]).toBe(skip);
    skip.focus();

    await user.keyboard('{Enter}');
    const nav = screen.getByRole('navigation', { name: 'Plan sections' });
    expect(document.activeElement).toBe(nav);

    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'About the pupil',
      'Needs',
      'Stage of support',
      'Long-term targets',
      'Short-term targets',
      'Help from home',
      'Support and review',
      'Views',
      'People',
      'Version history',
      'Reviews',
    ]);
    // Tab itself is pressed in the browser test: here Fluent's focus manager sends it to the body.
    within(nav).getByRole('link', { name: 'Short-term targets' }).focus();
    await user.keyboard('{Enter}');

    const heading = screen.getByRole('heading', { level: 2, name: 'Short-term targets' });
    expect(document.activeElement).toBe(heading);
    expect(within(nav).getByRole('link', { name: 'Short-term targets' }).getAttribute('aria-current')).toBe(
      'location',
    );
    // The router owns the hash: jumping to a section must not change it.
    expect(window.location.hash).toBe('');
  });

  test('every link names a heading that exists', async () => {
    await renderEditor();
    await screen.findByRole('heading', { level: 2, name: 'Reviews' });
    const nav = screen.getByRole('navigation', { name: 'Plan sections' });
    for (const link of within(nav).getAllByRole('link')) {
      const id = (link.getAttribute('href') ?? '').slice(1);
      expect(document.getElementById(id)?.textContent).toBe(link.textContent);
    }
  });

  test('Schedule review is in the toolbar at the top', async () => {
    const { user } = await renderEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Plan actions' });
    await user.click(within(toolbar).getByRole('button', { name: 'Schedule a review' }));
    // `hidden`: in jsdom Fluent's focus manager leaves aria-hidden on an open dialog (the browser test
    // finds it by role as a user would).
    expect(await screen.findByRole('dialog', { hidden: true })).toBeTruthy();
  });
});
