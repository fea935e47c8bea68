import { asClassTeamId, asPupilId, PupilSchema } from '../../src/domain';
import { registerEntries } from '../integration/support/pupils';
import { createInMemoryProvisionStore } from '../support/inMemoryProvisionStore';
import { describeProvisionStoreContract } from './provisionStoreContract';

describeProvisionStoreContract('the in-memory fake', () => {
  const pupils = [
    ...registerEntries(asClassTeamId('class-3a'), 'Class 3A', 3),
    ...registerEntries(asClassTeamId('class-4b'), 'Class 4B', 3),
  ].map((entry, i) => PupilSchema.parse({ ...entry, id: asPupilId(`pupil-${i + 1}`) }));
  const store = createInMemoryProvisionStore();
  store.setPupils(pupils);
  return Promise.resolve({
    store,
    colleague: store,
    pupils,
    requestsSent: () => null,
    close: () => Promise.resolve(),
  });
});
