import { describeProvisionStoreContract } from '../contract/provisionStoreContract';
import { registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_3, YEAR_4 } from './support/iepTestbed';

describeProvisionStoreContract('the SharePoint store on the Graph stand-in', async () => {
  const bed = await startTestbed();
  const store = bed.storeFor(SENCO);
  const pupils = [
    ...(await store.addPupils(registerEntries(YEAR_3, 'Year 3 Wrens', 3))),
    ...(await store.addPupils(registerEntries(YEAR_4, 'Year 4 Otters', 3))),
  ];
  return {
    store: bed.provisionsFor(SENCO),
    colleague: bed.provisionsFor(TEACHER),
    pupils,
    requestsSent: () => bed.requests.length,
    close: () => bed.close(),
  };
});
