import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { asClassTeamId, summarisePlan } from '../../domain';
import { buildPlan } from '../../../test/support/planBuilder';
import {
  fakeWord,
  paneServices,
  samDocument,
  samPlan,
  type FakeWord,
  type PaneServices,
} from '../testing/paneFixtures';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDocumentExporter } from '../../app/documents';
import { readSchoolLogo, type SchoolLogo } from '../../word/schoolLogo';
import { WordPane } from './WordPane';

const demoLogo = (): SchoolLogo => {
  const logo = readSchoolLogo(
    new Uint8Array(readFileSync(resolve(__dirname, '../../../assets/demo/oakfield-logo.png'))),
  );
  if (!logo) throw new Error('the demo logo is not a PNG');
  return logo;
};

const show = (services: PaneServices, word: FakeWord, wordApi = true, saveFile = jest.fn()) => {
  render(
    <FluentProvider theme={webLightTheme}>
      <WordPane services={services} word={word} wordApi={wordApi} saveFile={saveFile} />
    </FluentProvider>,
  );
  return { saveFile };
};

const pick = async (user: ReturnType<typeof userEvent.setup>, name: string, typed: string) => {
  await user.type(await screen.findByRole('combobox', { name: 'Pupil' }), typed);
  await user.click(await screen.findByRole('option', { name }));
  await screen.findByRole('radiogroup', { name: 'Template' });
};

describe('WordPane', () => {
  it('refreshes the inserted templates with the plan as it is now, not as first opened', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    const word = fakeWord();
    show(services, word);
    await pick(user, 'Sam Taylor (4B)', 'Sam');
    const newer = { ...samPlan(), parentViews: 'Changed in the tab since', etag: '"plan-1,5"' };
    services.store.openPlan.mockResolvedValueOnce(samDocument(newer));

    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));

    expect(
      await screen.findByText('Updated 1 inserted template with the latest plan for Sam Taylor (version 2).'),
    ).toBeTruthy();
    expect(word.refreshTemplates).toHaveBeenCalledTimes(1);
    expect(word.refreshTemplates.mock.calls[0]?.[0].plan).toEqual(newer);
  });

  it('says to insert first when the document has nothing of this plan to refresh', async () => {
    const user = userEvent.setup();
    const word = fakeWord();
    word.refreshTemplates.mockResolvedValueOnce({ status: 'missing', markersStripped: false });
    show(paneServices(), word);
    await pick(user, 'Sam Taylor (4B)', 'Sam');
    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));
    expect(
      await screen.findByText(/has nothing from Sam Taylor \(version 2\) to refresh\. Choose Insert first\./),
    ).toBeTruthy();
  });

  it('blocks a review record for a version that has no review, and says why', async () => {
    const user = userEvent.setup();
    const services = paneServices();
    services.store.openPlan.mockResolvedValue({ plan: samPlan(), reviews: [], problems: [] });
    const word = fakeWord();
    show(services, word);
    await pick(user, 'Sam Taylor (4B)', 'Sam');
    await user.click(screen.getByRole('radio', { name: 'Review record' }));
    expect(screen.getByText(/No review of this version has been recorded yet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert into document' })).toHaveProperty('disabled', true);
  });

  it("inserts and refreshes with the school's name and logo from the configuration", async () => {
    const user = userEvent.setup();
    const school = { name: 'Oakfield Primary', logo: demoLogo() };
    const services: PaneServices = {
      ...paneServices(),
      documents: createDocumentExporter({ school: () => Promise.resolve(school) }),
    };
    const word = fakeWord();
    show(services, word);
    await pick(user, 'Sam Taylor (4B)', 'Sam');
    await user.click(screen.getByRole('button', { name: 'Insert into document' }));
    await screen.findByText(/^Inserted the /);
    await user.click(screen.getByRole('button', { name: 'Refresh from plan' }));
    await screen.findByText(/^Updated 1 inserted template/);
    expect(word.insertTemplate.mock.calls[0]?.[1].school).toEqual(school);
    expect(word.refreshTemplates.mock.calls[0]?.[0].school).toEqual(school);
  });

  it('offers the download instead of Insert in a Word too old for the add-in', async () => {
    const user = userEvent.setup();
    show(paneServices(), fakeWord(), false);
    expect(screen.getByText('This version of Word cannot insert plans')).toBeTruthy();
    await pick(user, 'Sam Taylor (4B)', 'Sam');
    expect(screen.queryByRole('button', { name: 'Insert into document' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download .docx' })).toBeTruthy();
  });

  it('in local mode also lists pupils from a chosen class', async () => {
    const user = userEvent.setup();
    const services = paneServices('local');
    const other = buildPlan({
      id: 'plan-9',
      seriesId: 'series-9',
      pupil: { ...samPlan().pupil, pupilId: 'pupil-9', name: 'Amira Khan', className: '5C' },
    });
    (services.listMyClasses as jest.Mock).mockResolvedValue([{ id: 'class-5c', displayName: 'Class 5C' }]);
    services.store.loadClass.mockResolvedValue({
      pupils: [],
      plans: [summarisePlan(other)],
      booked: [],
      problems: [],
    });
    show(services, fakeWord());

    const source = await screen.findByRole('combobox', { name: 'Show pupils from' });
    await screen.findByRole('option', { name: 'Class 5C' });
    await user.selectOptions(source, 'Class 5C');

    expect(services.store.loadClass).toHaveBeenCalledWith(asClassTeamId('class-5c'));
    await user.type(await screen.findByRole('combobox', { name: 'Pupil' }), 'ami');
    expect(await screen.findByRole('option', { name: 'Amira Khan (5C)' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Sam Taylor (4B)' })).toBeNull();
  });

  it('narrows the pupils as the teacher types and says when nobody matches', async () => {
    const user = userEvent.setup();
    show(paneServices(), fakeWord());
    const search = await screen.findByRole('combobox', { name: 'Pupil' });
    await user.type(search, 'zz');
    expect(
      await screen.findByText('No pupil matches "zz". Check the spelling or type less of the name.'),
    ).toBeTruthy();
    expect(screen.queryByRole('option')).toBeNull();
  });
});
