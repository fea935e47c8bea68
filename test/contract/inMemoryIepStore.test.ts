import { asClassTeamId, asPupilId, PupilSchema } from '../../src/domain';
import { registerEntries } from '../integration/support/pupils';
import { createInMemoryIepStore } from '../support/inMemoryIepStore';
import { describeIepStoreContract } from './iepStoreContract';

const CLASS = asClassTeamId('class-4b');

describeIepStoreContract('the in-memory fake', () => {
  const pupils = registerEntries(CLASS, 'Class 4B', 6).map((entry, i) =>
    PupilSchema.parse({ ...entry, id: asPupilId(`pupil-${i + 1}`) }),
  );
  const store = createInMemoryIepStore({ pupils, userName: 'Priya Shah' });
  return Promise.resolve({
    store,
    colleague: store.as('Emma Clarke'),
    userName: 'Priya Shah',
    classTeamId: CLASS,
    pupils,
    close: () => Promise.resolve(),
  });
});
