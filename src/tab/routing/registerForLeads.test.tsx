import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { NO_ACCESS, type StaffAccess } from '../../domain';
import { CLASS_4B, fakeServices } from '../../../test/support/fakeServices';
import { RouteContent } from './RouteContent';
import type { Route } from './routes';

const open = (route: Exclude<Route, { name: 'home' }>, access?: StaffAccess) => {
  const services = fakeServices({
    ...(access ? { access } : {}),
    loadRegister: () => Promise.resolve({ pupils: [], plans: [], booked: [], problems: [] }),
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <RouteContent
        route={route}
        services={services}
        senSite="contoso.sharepoint.com:/sites/SEN"
        contextTeam={null}
        teamsConfig={null}
        tabConfigFor={() => ({ contentUrl: '', entityId: '', suggestedDisplayName: '', websiteUrl: '' })}
        navigate={() => undefined}
        classNames={{}}
        onClassChosen={() => undefined}
        onBackFromPlan={() => undefined}
      />
    </FluentProvider>,
  );
  return services;
};

const teacher: StaffAccess = { ...NO_ACCESS, teacherOf: new Set([CLASS_4B]) };

describe('the register is for SEN leads', () => {
  test('a class teacher opening #/register by its address is told it is for SEN leads, and nothing is read', async () => {
    const services = open({ name: 'register' }, teacher);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Only SEN leads can open the SEN register' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'My pupils' }).getAttribute('href')).toBe('#/my');
    expect(services.calls.loadRegister).toBeUndefined();
  });

  test("read-only staff get the same message for a pupil's register page", async () => {
    const services = open({ name: 'register-off' }, { ...NO_ACCESS, isReadOnly: true });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Only SEN leads can open the SEN register' }),
    ).toBeTruthy();
    expect(services.calls.listOffRegister).toBeUndefined();
  });

  test('a SEN lead opens the register', async () => {
    open({ name: 'register' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'SEN register' }, { timeout: 10000 }),
    ).toBeTruthy();
    expect(screen.queryByText(/Only SEN leads/)).toBeNull();
  });
});
