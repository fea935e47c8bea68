import { repairModalHiding } from './useModalHidingRepair';

describe('repairModalHiding', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const page = () => {
    document.body.replaceChildren();
    const root = document.createElement('div');
    root.id = 'root';
    root.append(document.createElement('main'));
    document.body.append(root);
    return root;
  };

  it('gives the page back to screen readers when a closed dialog left it hidden', async () => {
    const root = page();
    const stop = repairModalHiding(root);
    root.setAttribute('aria-hidden', 'true');
    await Promise.resolve();
    jest.advanceTimersByTime(500);
    expect(root.hasAttribute('aria-hidden')).toBe(false);
    stop();
  });

  it('leaves the page hidden while a modal dialog is really open', async () => {
    const root = page();
    const stop = repairModalHiding(root);
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    root.setAttribute('aria-hidden', 'true');
    await Promise.resolve();
    jest.advanceTimersByTime(500);
    expect(root.getAttribute('aria-hidden')).toBe('true');

    dialog.remove();
    await Promise.resolve();
    jest.advanceTimersByTime(500);
    expect(root.hasAttribute('aria-hidden')).toBe(false);
    stop();
  });
});
