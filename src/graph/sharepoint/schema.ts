/**
 * The SharePoint lists that hold IEPs in the school's SEN site. See SCHEMA.md for why it has this
 * shape. Internal column names never change once created; add columns, never rename them, and bump
 * IEP_SCHEMA_VERSION when the set changes.
 */

export const IEP_SCHEMA_VERSION = 10;

export type ColumnKind = 'text' | 'note' | 'number' | 'boolean';

export interface ColumnSpec {
  /** SharePoint internal name: what Graph's `fields` uses. */
  readonly name: string;
  readonly displayName: string;
  readonly kind: ColumnKind;
  /** Every column a query filters or sorts on is indexed; nothing else is. */
  readonly indexed: boolean;
  readonly description: string;
  /**
   * Display names this column was created with before, that provisioning replaces. Internal names never
   * change; display names do when SharePoint reserves one (see RESERVED_FIELD_NAMES in SCHEMA.md).
   */
  readonly formerDisplayNames?: readonly string[];
}

export type IepListKey =
  'pupils' | 'plans' | 'targets' | 'evidence' | 'reviews' | 'provisions' | 'placements' | 'groupPlans';

export interface ListSpec {
  readonly key: IepListKey;
  readonly displayName: string;
  readonly purpose: string;
  readonly columns: readonly ColumnSpec[];
}

const text = (name: string, displayName: string, description: string, indexed = false): ColumnSpec => ({
  name,
  displayName,
  kind: 'text',
  indexed,
  description,
});
const note = (name: string, displayName: string, description: string): ColumnSpec => ({
  name,
  displayName,
  kind: 'note',
  indexed: false,
  description,
});
const number = (name: string, displayName: string, description: string): ColumnSpec => ({
  name,
  displayName,
  kind: 'number',
  indexed: false,
  description,
});
const boolean = (name: string, displayName: string, description: string): ColumnSpec => ({
  name,
  displayName,
  kind: 'boolean',
  indexed: false,
  description,
});

/**
 * On every list whose items the app creates: a key made on the client before the first attempt to create
 * the item, so a create whose answer was lost is found again rather than sent a second time.
 */
export const CLIENT_KEY_COLUMN = 'ClientKey';
const clientKey = (): ColumnSpec =>
  text(
    CLIENT_KEY_COLUMN,
    'Client key',
    'Made by IEP Planner before it first sends the item, so a retry finds it instead of creating it twice.',
    true,
  );

const formerly = (column: ColumnSpec, ...formerDisplayNames: string[]): ColumnSpec => ({
  ...column,
  formerDisplayNames,
});

/** How many staff a current plan can be found by in "My pupils" (one indexed column each). */
export const STAFF_KEY_COLUMNS = [
  'StaffKey1',
  'StaffKey2',
  'StaffKey3',
  'StaffKey4',
  'StaffKey5',
  'StaffKey6',
  'StaffKey7',
  'StaffKey8',
] as const;

export const PUPILS_LIST: ListSpec = {
  key: 'pupils',
  displayName: 'IEP Pupils',
  purpose: 'The SEN register: one item per pupil, with the class team they belong to.',
  columns: [
    text('GivenName', 'First name', 'Legal first name.'),
    text('FamilyName', 'Last name', 'Family name.'),
    text('PreferredName', 'Preferred name', 'The name the pupil likes to be called, if different.'),
    text('PupilRef', 'Pupil reference', "The school's own reference for the pupil."),
    text('ClassTeamId', 'Class team id', 'Microsoft 365 group id of the class team.', true),
    text('ClassName', 'Class', 'Class name as the team shows it.'),
    text('YearGroup', 'Year group', 'e.g. Year 4.'),
    clientKey(),
    // Schema 4: what the register and the school census need.
    text('DateOfBirth', 'Date of birth', 'YYYY-MM-DD, or empty when not recorded.'),
    text('SenStatus', 'SEN status', 'Census SEN provision: N, K (SEN support) or E (EHC plan).'),
    text('PrimaryNeed', 'Primary need', 'Census type of need, e.g. SLCN, or empty.'),
    text(
      'RegisterStatus',
      'Register status',
      'active, left or no-longer-sen; the whole-school register filters on it.',
      true,
    ),
    text('LeftOn', 'Left on', 'YYYY-MM-DD the pupil left the school, or empty.'),
    // Schema 5: the pupil's register history, shown where the pupil is.
    note('RegisterHistoryJson', 'Register history', 'JSON array: on, by, kind, detail; oldest first.'),
  ],
};

export const PLANS_LIST: ListSpec = {
  key: 'plans',
  displayName: 'IEP Plans',
  purpose: 'One item per version of a pupil’s IEP; closed versions are kept as evidence.',
  columns: [
    text('PlanSeriesId', 'Plan series id', 'Shared by every version of one pupil’s plan.', true),
    formerly(number('PlanVersion', 'Plan version', '1 for the first plan, +1 at each review.'), 'Version'),
    text('PlanStatus', 'Status', 'draft, active or closed.'),
    text('Nation', 'Nation', 'england, wales or scotland: decides the terminology.'),
    text('PupilId', 'Pupil id', 'Item id in IEP Pupils.', true),
    text('PupilName', 'Pupil name', 'As it was when this version was written.'),
    text('ClassTeamId', 'Class team id', 'Class team when this version was written.'),
    text(
      'CurrentClassTeamId',
      'Current class team id',
      'Class team id while this version is current; empty once closed.',
      true,
    ),
    text('ClassName', 'Class', 'As it was when this version was written.'),
    text('YearGroup', 'Year group', 'As it was when this version was written.'),
    text('PupilRef', 'Pupil reference', 'As it was when this version was written.'),
    text('PlanStage', 'Stage', 'Stage or framework of support, e.g. sen-support.'),
    number('TargetCount', 'Short-term targets', 'Summary for the class dashboard.'),
    number('AchievedCount', 'Targets achieved', 'Summary for the class dashboard.'),
    text('StartDate', 'Start date', 'YYYY-MM-DD.'),
    text('NextReviewDate', 'Next review', 'YYYY-MM-DD, or empty.'),
    text('UpdatedBy', 'Last updated by', 'Display name of whoever saved last.'),
    text('UpdatedAt', 'Last updated', 'ISO 8601 instant of the last save.'),
    ...STAFF_KEY_COLUMNS.map((name, index) =>
      text(
        name,
        `Staff ${index + 1}`,
        'Lower-case email of staff named on this plan while it is current; empty once closed.',
        true,
      ),
    ),
    note('ProfileJson', 'Profile', 'JSON: strengths, likes, dislikes, anxieties, communication.'),
    note('NeedsJson', 'Needs', 'JSON: summary, areas, identifiedAreas, assessment.'),
    note('LongTermTargetsJson', 'Long-term targets', 'JSON array: id, area, text, wellbeing.'),
    note('HomeSupportJson', 'Help from home', 'JSON: activities, frequency, duration.'),
    note(
      'PeopleJson',
      'People',
      'JSON: senco, classTeacher, teachingAssistants, parentsCarers, professionals (name + email).',
    ),
    note('ChildInput', 'Expected input from the child', 'Plain text.'),
    note('OtherSupport', 'Other support', 'Plain text.'),
    note('Monitoring', 'Monitoring and assessment', 'Plain text.'),
    note('ReviewArrangements', 'Review arrangements', 'Plain text.'),
    note('PupilViews', "Pupil's views", 'Plain text.'),
    note('ParentViews', "Parents' and carers' views", 'Plain text.'),
    clientKey(),
    // Schema 8: the child's own answers on the My views page, printed in the first person.
    note(
      'MyViewsJson',
      'My views',
      'JSON: answers (like, help, done, know), feeling 1-5, helpedBy, filledInOn.',
    ),
    // Schema 9: how everyone will know the help is no longer needed, printed with the monitoring.
    note('NoLongerNeeded', 'Help no longer needed when', 'Plain text.'),
  ],
};

export const TARGETS_LIST: ListSpec = {
  key: 'targets',
  displayName: 'IEP Targets',
  purpose: 'One item per SMART short-term target of a plan version; the item title is the target.',
  columns: [
    text('PlanId', 'Plan id', 'Item id in IEP Plans.', true),
    formerly(number('SortOrder', 'Sort order', 'Position in the plan, from 0.'), 'Order'),
    text('LongTermTargetId', 'Long-term target id', 'Id inside the plan’s long-term targets, or empty.'),
    text('TargetArea', 'Area', 'e.g. literacy, communication.'),
    note('SuccessCriteria', 'Success criteria', 'How we will know.'),
    note('Strategies', 'Strategies and provision', 'How it is taught.'),
    text('DeliveredBy', 'Delivered by', 'Who delivers it.'),
    text('Frequency', 'How often', 'How often and for how long.'),
    text('TargetDate', 'Target date', 'YYYY-MM-DD, or empty.'),
    text('Outcome', 'Outcome', 'open, achieved, partly-achieved, not-achieved, continued or discontinued.'),
    note('OutcomeComment', 'Outcome comment', 'Plain text.'),
    text('ContinuesTargetId', 'Continues target', 'Item id of the target it carries on from, or empty.'),
    clientKey(),
    // Schema 6: a target taken out of a plan is withdrawn, never deleted, so it stays as a record.
    boolean('Withdrawn', 'Withdrawn', 'Yes once the target is taken out of the plan; the item is kept.'),
    text('WithdrawnOn', 'Withdrawn on', 'YYYY-MM-DD the target was withdrawn, or empty.'),
    // Schema 10: the provision that delivers the target (its strategies and who/how often come from it).
    text('ProvisionId', 'Provision id', 'Item id in IEP Provisions, or empty.'),
  ],
};

export const EVIDENCE_LIST: ListSpec = {
  key: 'evidence',
  displayName: 'IEP Evidence',
  purpose: 'Dated progress evidence against short-term targets.',
  columns: [
    text('TargetId', 'Target id', 'Item id in IEP Targets.', true),
    text('PlanId', 'Plan id', 'Item id in IEP Plans.', true),
    text('EvidenceDate', 'Date', 'YYYY-MM-DD.'),
    number('EvidenceRating', 'Rating', '1 (not yet) to 5 (secure).'),
    note('EvidenceNote', 'Note', 'Plain text.'),
    text('RecordedBy', 'Recorded by', 'Display name.'),
    clientKey(),
  ],
};

export const REVIEWS_LIST: ListSpec = {
  key: 'reviews',
  displayName: 'IEP Reviews',
  purpose: 'IEP review meetings: arrangements, invitees, agenda notes and outcomes.',
  columns: [
    text('PlanSeriesId', 'Plan series id', 'The plan series reviewed.', true),
    text('PlanId', 'Plan id', 'The plan version under review.', true),
    formerly(text('ReviewType', 'Review type', 'termly, annual or interim.'), 'Type'),
    text('MeetingFormat', 'Format', 'in-person, online, parents-evening or private-meeting.'),
    // Indexed since schema 5: the register counts booked reviews with `ReviewStatus eq 'scheduled'`.
    text('ReviewStatus', 'Status', 'planned, scheduled, completed or cancelled.', true),
    text('StartDateTime', 'Start', 'ISO 8601 instant, or empty.'),
    text('EndDateTime', 'End', 'ISO 8601 instant, or empty.'),
    text('ReviewTimeZone', 'Time zone', 'IANA zone, e.g. Europe/London.'),
    text('ReviewLocation', 'Location', 'Room or place.'),
    boolean('IsOnline', 'Online', 'Whether it is a Teams meeting.'),
    note('InviteesJson', 'Invitees', 'JSON array: name, email, role, internal, attended.'),
    note('AgendaJson', 'Agenda notes', 'JSON: the seven agenda headings.'),
    note('PupilComments', "Pupil's comments", 'Plain text.'),
    note('ParentComments', "Parents' and carers' comments", 'Plain text.'),
    note('TargetOutcomesJson', 'Target outcomes', 'JSON array: targetId, outcome, comment.'),
    text('InvitationsSentOn', 'Invitations sent', 'YYYY-MM-DD, or empty.'),
    text('MinutesSentOn', 'Minutes sent', 'YYYY-MM-DD, or empty.'),
    // Schema 7: when and to whom the plan and minutes were emailed home.
    note('CopiesSentHomeJson', 'Copies sent home', 'JSON array: sentAt, sentBy, to, attachments, outcome.'),
    text('CompletedOn', 'Completed on', 'YYYY-MM-DD, or empty.'),
    text('EventId', 'Outlook event id', 'Graph event id of the invitation.', true),
    text('ICalUId', 'iCalendar UID', 'iCalUId of the invitation.', true),
    clientKey(),
    // Schema 7: the solution-focused meeting's roles, flip-chart lists and votes, printed in the record.
    note(
      'SolutionFocusedJson',
      'Solution-focused meeting',
      'JSON: stage, roles, members, sharing, issues, issueBallots, chosenIssues, actionSheets; or empty.',
    ),
  ],
};

// Schema 10: the provision map (the school's interventions, pupils on them per term, group plans).
export const PROVISIONS_LIST: ListSpec = {
  key: 'provisions',
  displayName: 'IEP Provisions',
  purpose:
    "The school's catalogue of additional provision: one item per intervention; the item title is its name.",
  columns: [
    text('AreaOfNeed', 'Area of need', 'e.g. cognition-learning.'),
    text('Delivery', 'Delivery', 'group or one-to-one.'),
    number('GroupSize', 'Group size', 'Most pupils in one group; 1 for 1:1.'),
    text('StaffRole', 'Staff role', 'teacher, teaching-assistant, specialist or external.'),
    note('StaffNamesJson', 'Named staff', 'JSON array of names: who delivers it.'),
    number('StaffPerSession', 'Staff in each session', 'Adults in each session.'),
    number('SessionsPerWeek', 'Sessions per week', 'Sessions each group has in a week.'),
    number('MinutesPerSession', 'Minutes per session', 'Length of one session.'),
    number('WeeksPerTerm', 'Weeks per term', 'Weeks it runs in a whole term.'),
    number('CostPerHourPence', 'Cost per hour (pence)', 'One hour of one member of staff in the role.'),
    number('ResourcesCostPence', 'Resources per term (pence)', 'Resources for one group for a whole term.'),
    note('SessionDescription', 'What happens in a session', 'Plain text; a linked target’s strategies.'),
    note('MeasureJson', 'Entry and exit measure', 'JSON: name, higherIsBetter.'),
    boolean('Retired', 'Retired', 'Yes once no longer offered; kept for past terms.'),
    clientKey(),
  ],
};

export const PLACEMENTS_LIST: ListSpec = {
  key: 'placements',
  displayName: 'IEP Provision Pupils',
  purpose: 'One item per pupil on a provision for a term, with their entry and exit scores.',
  columns: [
    text('ProvisionId', 'Provision id', 'Item id in IEP Provisions.'),
    text('PupilId', 'Pupil id', 'Item id in IEP Pupils.', true),
    text('Term', 'Term', "YYYY-MM-DD: the first day of the school's term.", true),
    text('StartDate', 'Start date', 'YYYY-MM-DD: the first day the pupil attends.'),
    text('EndDate', 'End date', 'YYYY-MM-DD: the last day the pupil attends.'),
    number('GroupNumber', 'Group', "Which of the provision's groups this term, from 1."),
    number('EntryScore', 'Entry score', 'The measure at entry, or empty.'),
    number('ExitScore', 'Exit score', 'The measure at exit, or empty.'),
    note('OutcomesJson', 'Group target outcomes', 'JSON: group target id → outcome, comment.'),
    clientKey(),
  ],
};

export const GROUP_PLANS_LIST: ListSpec = {
  key: 'groupPlans',
  displayName: 'IEP Group Plans',
  purpose: "A group IEP: one provision's group in one term, with its shared targets.",
  columns: [
    text('ProvisionId', 'Provision id', 'Item id in IEP Provisions.'),
    text('Term', 'Term', "YYYY-MM-DD: the first day of the school's term.", true),
    number('GroupNumber', 'Group', "Which of the provision's groups, from 1."),
    note('TargetsJson', 'Shared targets', 'JSON array: id, area, text, successCriteria, targetDate.'),
    text('ReviewDate', 'Review date', 'YYYY-MM-DD, or empty.'),
    clientKey(),
  ],
};

export const IEP_LISTS: readonly ListSpec[] = [
  PUPILS_LIST,
  PLANS_LIST,
  TARGETS_LIST,
  EVIDENCE_LIST,
  REVIEWS_LIST,
  PROVISIONS_LIST,
  PLACEMENTS_LIST,
  GROUP_PLANS_LIST,
];

/** Every list has SharePoint's built-in Title column; the store fills it with something readable. */
export const BUILT_IN_COLUMNS = ['Title'] as const;

const SCHEMA_MARKER = /\[IEP Planner schema (\d+)\]/;

/** The list description records the schema version, so a check can tell an old layout from a new one. */
export const listDescription = (list: ListSpec): string =>
  `${list.purpose} [IEP Planner schema ${IEP_SCHEMA_VERSION}]`;

export const schemaVersionOf = (description: string | null | undefined): number | null => {
  const match = SCHEMA_MARKER.exec(description ?? '');
  return match ? Number(match[1]) : null;
};

/** The Graph `columnDefinition` that creates a column. */
export const columnDefinitionFor = (column: ColumnSpec): Record<string, unknown> => {
  const common = {
    name: column.name,
    displayName: column.displayName,
    description: column.description,
    indexed: column.indexed,
  };
  switch (column.kind) {
    case 'text':
      return { ...common, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
      // Plain text (no rich HTML), no "append changes": the domain's 63,999-character limit holds.
      return {
        ...common,
        text: {
          allowMultipleLines: true,
          textType: 'plain',
          linesForEditing: 6,
          appendChangesToExistingText: false,
        },
      };
    case 'number':
      return { ...common, number: { decimalPlaces: 'none' } };
    case 'boolean':
      return { ...common, boolean: {} };
  }
};

export const listSpec = (key: IepListKey): ListSpec => {
  const found = IEP_LISTS.find((list) => list.key === key);
  if (!found) throw new RangeError(`No IEP list called ${key}.`);
  return found;
};

/** Names a query may filter or sort on: exactly the indexed columns. */
export const indexedColumns = (key: IepListKey): ReadonlySet<string> =>
  new Set(
    listSpec(key)
      .columns.filter((column) => column.indexed)
      .map((column) => column.name),
  );

export const columnNames = (key: IepListKey): ReadonlySet<string> =>
  new Set([...BUILT_IN_COLUMNS, ...listSpec(key).columns.map((column) => column.name)]);
