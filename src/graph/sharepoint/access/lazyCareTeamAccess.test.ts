import { lazyCareTeamAccess } from './lazyCareTeamAccess';
import { json, noWait, recordingFetch } from './testing/recordingFetch';

describe('care-team access loaded on first use', () => {
  it('sends nothing until first called, then works as the real thing', async () => {
    const fake = recordingFetch();
    fake.on('GET', /^web\/currentuser\/groups/i, json({ value: [{ Id: 5, Title: 'IEP SEN leads' }] }));
    const access = lazyCareTeamAccess({
      webUrl: 'http://127.0.0.1:3978/_sp/sites/SEN',
      getAccessToken: async () => 'local-dev-token:senco@oakfield.example',
      scopes: [],
      fetchImpl: fake.fetchImpl,
      timing: noWait().timing,
    });
    expect(fake.seen).toHaveLength(0);
    await expect(access.myGroups()).resolves.toEqual(['IEP SEN leads']);
    expect(fake.seen).toHaveLength(1);
  });
});
