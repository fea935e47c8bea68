import { classAssistantsGroup, classTeachersGroup, rolesFromGroups } from './groupNames';

describe('roles from the user’s SharePoint groups', () => {
  const team = '19:abc@thread.tacv2';

  it('reads SEN lead, read-only and each class’s teachers and assistants', () => {
    const roles = rolesFromGroups([
      'IEP SEN leads',
      'IEP Read-only staff',
      classTeachersGroup(team),
      classAssistantsGroup('team-2'),
      'SEN Members',
    ]);
    expect(roles.isSenLead).toBe(true);
    expect(roles.isReadOnly).toBe(true);
    expect([...roles.teacherOf]).toEqual([team]);
    expect([...roles.assistantOf]).toEqual(['team-2']);
  });

  it('gives nothing for groups outside the design', () => {
    const roles = rolesFromGroups(['SEN Members', 'IEP class teachers', 'IEP SEN leads (old)']);
    expect(roles).toEqual({
      isSenLead: false,
      isReadOnly: false,
      teacherOf: new Set(),
      assistantOf: new Set(),
    });
  });

  it('names the class groups by the class team id', () => {
    expect(classTeachersGroup('t1')).toBe('IEP class t1 teachers');
    expect(classAssistantsGroup('t1')).toBe('IEP class t1 assistants');
  });
});
