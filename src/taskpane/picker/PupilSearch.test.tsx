import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { planSummary, pupil } from '../../../test/support/fakeServices';
import type { PlanSummary } from '../../domain';
import { PupilSearch } from './PupilSearch';

const plans = [
  planSummary(pupil({ id: 'p1', givenName: 'Siobhán', familyName: 'O’Brien-Núñez' })),
  planSummary(pupil({ id: 'p2', givenName: 'Zoë', familyName: 'Ní Bhriain', pupilRef: 'R-2041' })),
  planSummary(pupil({ id: 'p3', givenName: 'Sam', familyName: 'Taylor' })),
];

const Harness = () => {
  const [selected, setSelected] = useState<PlanSummary | null>(null);
  return (
    <FluentProvider theme={teamsLightTheme}>
      <PupilSearch plans={plans} selected={selected} onSelect={setSelected} />
    </FluentProvider>
  );
};

const suggestionsFor = async (typed: string): Promise<string[]> => {
  const user = userEvent.setup();
  render(<Harness />);
  await user.type(screen.getByRole('combobox', { name: 'Pupil' }), typed);
  return screen.queryAllByRole('option').map((option) => option.textContent ?? '');
};

describe('PupilSearch in the Word task pane', () => {
  it.each(['obrien', "o'brien", 'OBrien', 'siobhan obrien', 'obrien nunez', 'nunez'])(
    'finds Siobhán O’Brien-Núñez (typographic apostrophe) by typing "%s"',
    async (typed) => {
      expect(await suggestionsFor(typed)).toEqual(['Siobhán O’Brien-Núñez (Class 4B)']);
    },
  );

  it('finds Zoë by "zoe" and by her pupil reference typed without its hyphen', async () => {
    expect(await suggestionsFor('zoe r2041')).toEqual(['Zoë Ní Bhriain (Class 4B)']);
  });

  it('says nothing matches rather than showing an empty list', async () => {
    expect(await suggestionsFor('obrian')).toEqual([]);
    expect(
      screen.getByText('No pupil matches "obrian". Check the spelling or type less of the name.'),
    ).toBeTruthy();
  });
});
