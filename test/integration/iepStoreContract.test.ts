import { asClassTeamId } from '../../src/domain';
import { describeIepStoreContract } from '../contract/iepStoreContract';
import { registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_4 } from './support/iepTestbed';

describeIepStoreContract('the SharePoint store on the Graph stand-in', async () => {
  const bed = await startTestbed();
  const store = bed.storeFor(SENCO);
  const pupils = await store.addPupils(registerEntries(YEAR_4, 'Year 4 Otters', 6));
  return {
    store,
    colleague: bed.storeFor(TEACHER),
    userName: SENCO.name,
    classTeamId: asClassTeamId(YEAR_4),
    pupils,
    close: () => bed.close(),
  };
});
