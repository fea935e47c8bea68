import type { LiveAppConfig, LocalAppConfig } from '../../src/app/config';

/** A school's live configuration, as app-config.json would give it (invented ids). */
export const LIVE_CONFIG: LiveAppConfig = {
  mode: 'live',
  graphBaseUrl: 'https://graph.microsoft.com/',
  tenantId: '11111111-2222-3333-4444-555555555555',
  clientId: '66666666-7777-8888-9999-000000000000',
  senSite: 'school.sharepoint.com:/sites/SEN',
  hostingOrigin: 'https://iep.school.example',
};

/** The local demo's configuration with two staff personas. */
export const LOCAL_CONFIG: LocalAppConfig = {
  mode: 'local',
  graphBaseUrl: 'http://127.0.0.1:3978/',
  senSite: 'contoso.sharepoint.com:/sites/SEN',
  personas: [
    { name: 'Priya Shah', email: 'senco@school.example', role: 'SENCO' },
    { name: 'Tom Reed', email: 'teacher@school.example', role: 'Class teacher' },
  ],
};
