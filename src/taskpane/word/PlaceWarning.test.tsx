import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeWord, paneServices, type FakeWord } from '../testing/paneFixtures';
import { WordPane } from './WordPane';

const CLASS_SITE_DOC =
  'https://contoso.sharepoint.com/sites/Year4Otters/Shared%20Documents/General/IEP%20Sam.docx';

const showWithDocumentAt = async (url: string | null): Promise<FakeWord> => {
  const word = fakeWord();
  word.documentUrl.mockReturnValue(url);
  render(
    <FluentProvider theme={webLightTheme}>
      <WordPane services={paneServices()} word={word} wordApi saveFile={jest.fn()} />
    </FluentProvider>,
  );
  const user = userEvent.setup();
  await user.type(await screen.findByRole('combobox', { name: 'Pupil' }), 'Sam');
  await user.click(await screen.findByRole('option', { name: 'Sam Taylor (4B)' }));
  await screen.findByRole('radiogroup', { name: 'Template' });
  return word;
};

describe('where the document is saved, before a plan goes into it', () => {
  it('warns before inserting into a document on a class team’s site, and inserts only when told to', async () => {
    const user = userEvent.setup();
    const word = await showWithDocumentAt(CLASS_SITE_DOC);

    await user.click(screen.getByRole('button', { name: 'Insert into document' }));
    expect(await screen.findByText('This document is not in the SEN site or your OneDrive')).toBeTruthy();
    expect(
      screen.getByText(/contoso\.sharepoint\.com\/sites\/Year4Otters\/Shared Documents\/General\//),
    ).toBeTruthy();
    expect(screen.queryByText(/IEP Sam\.docx/)).toBeNull();
    expect(word.insertTemplate).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(word.insertTemplate).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Insert into document' }));
    await user.click(await screen.findByRole('button', { name: 'Insert anyway' }));
    expect(word.insertTemplate).toHaveBeenCalledTimes(1);

    // Told once for this document: refreshing it later asks no more.
    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));
    await screen.findByText(/Updated 1 inserted template/);
    expect(screen.queryByText('This document is not in the SEN site or your OneDrive')).toBeNull();
  });

  it.each([
    ['the SEN site', 'https://contoso.sharepoint.com/sites/SEN/Shared%20Documents/IEP.docx'],
    ['a new document never saved', ''],
  ])('inserts at once into a document in %s', async (_, url) => {
    const user = userEvent.setup();
    const word = await showWithDocumentAt(url);

    await user.click(screen.getByRole('button', { name: 'Insert into document' }));

    await screen.findByText(/Inserted the/);
    expect(word.insertTemplate).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('This document is not in the SEN site or your OneDrive')).toBeNull();
  });
});
