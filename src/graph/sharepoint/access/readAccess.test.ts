import { ServiceError } from '../../../domain/errors';
import { applyReadAccess, membersClaimOf } from './readAccess';
import { createSharePointRest } from './spFactory';
import { json, noWait, recordingFetch } from './testing/recordingFetch';

const GROUP = '6D2B8F40-9C1A-4E57-B3D8-0A7F5E2C9B14';
const CLAIM = 'c:0o.c|federateddirectoryclaimprovider|6d2b8f40-9c1a-4e57-b3d8-0a7f5e2c9b14';
const READ_ONLY = 1001;

const setUp = (groupId: string, members: unknown[]) => {
  const fake = recordingFetch();
  fake.on('GET', /^site\?/i, json({ GroupId: groupId }));
  fake.on('GET', /^web\/sitegroups\(1001\)\/users$/i, json({ value: members }));
  fake.on('POST', /^web\/sitegroups\(1001\)\/users$/i, json({ Id: 40, LoginName: CLAIM }));
  fake.on('POST', /^web\/sitegroups\(1001\)\/users\/removeById\(40\)$/i, json({ 'odata.null': true }));
  const sp = createSharePointRest({
    webUrl: 'http://127.0.0.1:3978/_sp/sites/SEN',
    getAccessToken: async () => 'local-dev-token:senco@oakfield.example',
    scopes: [],
    fetchImpl: fake.fetchImpl,
    timing: noWait().timing,
  });
  const writes = () => fake.seen.filter((r) => r.method === 'POST').map((r) => [r.api, r.body]);
  return { sp, writes };
};

const headTeacher = { Id: 12, LoginName: 'i:0#.f|membership|head@oakfield.example' };
const claimMember = { Id: 40, LoginName: CLAIM, PrincipalType: 4 };

describe("the school's readAccess on IEP Read-only staff", () => {
  it('adds the SEN site’s Microsoft 365 group claim for all-staff, in one request', async () => {
    const { sp, writes } = setUp(GROUP, [headTeacher]);
    await applyReadAccess(sp, READ_ONLY, 'all-staff');
    expect(membersClaimOf(GROUP)).toBe(CLAIM);
    expect(writes().map(([api, body]) => [String(api).toLowerCase(), body])).toEqual([
      ['web/sitegroups(1001)/users', { LoginName: CLAIM }],
    ]);
  });

  it('takes only the claim out again for care-team, and changes nothing when it is right', async () => {
    const back = setUp(GROUP, [headTeacher, claimMember]);
    await applyReadAccess(back.sp, READ_ONLY, 'care-team');
    expect(back.writes().map(([api]) => String(api).toLowerCase())).toEqual([
      'web/sitegroups(1001)/users/removebyid(40)',
    ]);
    const settled = setUp(GROUP, [headTeacher, claimMember]);
    await applyReadAccess(settled.sp, READ_ONLY, 'all-staff');
    expect(settled.writes()).toEqual([]);
  });

  it('refuses all-staff on a site with no Microsoft 365 group, and leaves care-team alone there', async () => {
    const none = setUp('00000000-0000-0000-0000-000000000000', [headTeacher]);
    await expect(applyReadAccess(none.sp, READ_ONLY, 'all-staff')).rejects.toBeInstanceOf(ServiceError);
    await applyReadAccess(none.sp, READ_ONLY, 'care-team');
    expect(none.writes()).toEqual([]);
  });
});
