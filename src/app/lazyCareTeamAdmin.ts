import type { CareTeamAdmin } from '../domain/careTeamAdmin';

/** Staff access's operations, each waiting for the chunk that holds care teams (PnPjs) on first use. */
export const lazyCareTeamAdmin = (load: () => Promise<CareTeamAdmin>): CareTeamAdmin => ({
  readClassStaff: async (classTeamId) => (await load()).readClassStaff(classTeamId),
  addClassStaff: async (classTeamId, group, email) => (await load()).addClassStaff(classTeamId, group, email),
  removeClassStaff: async (classTeamId, group, email) =>
    (await load()).removeClassStaff(classTeamId, group, email),
  readSenLeads: async () => (await load()).readSenLeads(),
  addSenLead: async (email) => (await load()).addSenLead(email),
  removeSenLead: async (email) => (await load()).removeSenLead(email),
  readExtraStaff: async (pupilId) => (await load()).readExtraStaff(pupilId),
  addExtraStaff: async (pupilId, role, email) => (await load()).addExtraStaff(pupilId, role, email),
  removeExtraStaff: async (pupilId, email) => (await load()).removeExtraStaff(pupilId, email),
});
