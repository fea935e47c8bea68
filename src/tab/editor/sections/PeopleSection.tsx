import { makeStyles, tokens } from '@fluentui/react-components';
import {
  PROFESSIONAL_ROLES,
  type ParentCarer,
  type Person,
  type PlanPeople,
  type Professional,
} from '../../../domain/people';
import { terminologyFor } from '../../../domain/terminology';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { issueAt } from '../validation/fieldIssues';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection } from './EditorSection';
import { PeopleList } from './PeopleList';
import type { SectionProps } from './sectionTypes';

const useStyles = makeStyles({
  pair: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  subheading: { marginTop: tokens.spacingVerticalS, marginBottom: 0, fontSize: tokens.fontSizeBase400 },
});

/** A person who is either named or absent: clearing both boxes removes them. */
const toPerson = (person: Person): Person | null =>
  person.name === '' && person.email === '' ? null : person;

/** Who is involved: the coordinator, the class teacher, teaching assistants, parents and carers, professionals. */
export const PeopleSection = ({ plan, update, issues, readOnly }: SectionProps) => {
  const styles = useStyles();
  const coordinator = terminologyFor(plan.nation).coordinatorTitle;
  const setPeople = (change: Partial<PlanPeople>) =>
    update((p) => ({ ...p, people: { ...p.people, ...change } }));

  const single = (key: 'senco' | 'classTeacher', title: string) => {
    const person = plan.people[key] ?? { name: '', email: '' };
    const field = (part: 'name' | 'email', label: string) => ({
      label,
      value: person[part],
      fieldPath: `people.${key}.${part}`,
      error: issueAt(issues, `people.${key}.${part}`),
      readOnly,
      onChange: (value: string) => setPeople({ [key]: toPerson({ ...person, [part]: value }) }),
    });
    return (
      <div className={styles.pair}>
        <LimitedTextField {...field('name', `${title} name`)} />
        <LimitedTextField {...field('email', `${title} email`)} type="email" />
      </div>
    );
  };

  return (
    <EditorSection title="People" id={PLAN_SECTIONS.people.id}>
      {single('senco', coordinator)}
      {single('classTeacher', 'Class teacher')}
      <h3 className={styles.subheading}>Teaching assistants</h3>
      <PeopleList<Person>
        noun="Teaching assistant"
        items={plan.people.teachingAssistants}
        fields={[
          { key: 'name', label: 'Name', required: true },
          { key: 'email', label: 'Email', type: 'email' },
        ]}
        fieldPath="people.teachingAssistants"
        issues={issues}
        readOnly={readOnly}
        onChange={(teachingAssistants) => setPeople({ teachingAssistants })}
        newItem={() => ({ name: '', email: '' })}
      />
      <h3 className={styles.subheading}>Parents and carers</h3>
      <PeopleList<ParentCarer>
        noun="Parent or carer"
        items={plan.people.parentsCarers}
        fields={[
          { key: 'name', label: 'Name', required: true },
          { key: 'relationship', label: 'Relationship to the pupil' },
          { key: 'email', label: 'Email', type: 'email' },
        ]}
        fieldPath="people.parentsCarers"
        issues={issues}
        readOnly={readOnly}
        onChange={(parentsCarers) => setPeople({ parentsCarers })}
        newItem={() => ({ name: '', email: '', relationship: 'Parent/carer' })}
      />
      <h3 className={styles.subheading}>Professionals</h3>
      <PeopleList<Professional>
        noun="Professional"
        items={plan.people.professionals}
        fields={[
          { key: 'name', label: 'Name', required: true },
          { key: 'role', label: 'Role', required: true, choices: PROFESSIONAL_ROLES },
          { key: 'organisation', label: 'Organisation' },
          { key: 'email', label: 'Email', type: 'email' },
          { key: 'involvement', label: 'Involvement' },
        ]}
        fieldPath="people.professionals"
        issues={issues}
        readOnly={readOnly}
        onChange={(professionals) => setPeople({ professionals })}
        newItem={() => ({ name: '', email: '', role: '', organisation: '', involvement: '' })}
      />
    </EditorSection>
  );
};
