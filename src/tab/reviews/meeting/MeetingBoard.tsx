import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, Tab, TabList, Text } from '@fluentui/react-components';
import type { AppServices } from '../../../app/services';
import { addItem, editItem, removeItem } from '../../../app/usecases/reviews/meeting/meetingEdits';
import {
  MEETING_LIMITS,
  MEETING_STAGE_TITLES,
  MeetingStageSchema,
  type MeetingStage,
  type Plan,
  type Review,
} from '../../../domain';
import { ActionsStage } from './ActionsStage';
import { DraftTargetsPreview } from './DraftTargetsPreview';
import { FlipChart } from './FlipChart';
import { MeetingSaveBar } from './MeetingSaveBar';
import { useMeetingStyles } from './meetingStyles';
import { RolesAndMembers } from './RolesAndMembers';
import { SharingStage } from './SharingStage';
import { useMeeting } from './useMeeting';
import { VotingSheet } from './VotingSheet';

export interface MeetingBoardProps {
  readonly services: AppServices;
  readonly plan: Plan;
  readonly review: Review;
  readonly readOnly: boolean;
}

const STAGES = MeetingStageSchema.options.map((option) => option.value);

/** The five stages on one shared screen, the roles above them and Save below. */
export const MeetingBoard = ({ services, plan, review: loaded, readOnly }: MeetingBoardProps) => {
  const styles = useMeetingStyles();
  const state = useMeeting(services, loaded);
  const { meeting, edit } = state;
  const stage = meeting.stage;
  const issues = { kind: 'issues' } as const;
  const stagePanel: Record<MeetingStage, () => ReactElement> = {
    1: () => <SharingStage meeting={meeting} clock={services.clock} readOnly={readOnly} onChange={edit} />,
    2: () => (
      <FlipChart
        prompt={`What really are the issues we need to address to support ${plan.pupil.name}’s development and progress? We need to…`}
        noun="issue"
        items={meeting.issues}
        readOnly={readOnly}
        full={meeting.issues.length >= MEETING_LIMITS.issues}
        onAdd={(text) => edit(addItem(meeting, issues, text))}
        onEdit={(id, text) => edit(editItem(meeting, issues, id, text))}
        onRemove={(id) => edit(removeItem(meeting, issues, id))}
      />
    ),
    3: () => (
      <VotingSheet
        meeting={meeting}
        sheet={issues}
        howManyLabel="How many issues become long-term targets?"
        readOnly={readOnly}
        onChange={edit}
      />
    ),
    4: () => <ActionsStage meeting={meeting} stage={4} readOnly={readOnly} onChange={edit} />,
    5: () => (
      <>
        <ActionsStage meeting={meeting} stage={5} readOnly={readOnly} onChange={edit} />
        <DraftTargetsPreview
          meeting={meeting}
          plan={plan}
          clock={services.clock}
          terms={services.settings.terms}
        />
      </>
    ),
  };
  return (
    <div className={styles.board}>
      {state.restored ? (
        <MessageBar intent="info">
          <MessageBarBody>
            Unsaved meeting work from this browser tab is back. Save it to keep it with the review.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <RolesAndMembers review={loaded} meeting={meeting} readOnly={readOnly} onChange={edit} />
      <TabList
        size="large"
        aria-label="Stages of the meeting"
        selectedValue={stage}
        onTabSelect={(_, data) => edit({ ...meeting, stage: data.value as MeetingStage })}
      >
        {STAGES.map((n) => (
          <Tab key={n} value={n} id={`meeting-stage-${n}`} aria-controls="meeting-stage-panel">
            {n}. {MEETING_STAGE_TITLES[n]}
          </Tab>
        ))}
      </TabList>
      <section
        id="meeting-stage-panel"
        role="tabpanel"
        aria-labelledby={`meeting-stage-${stage}`}
        className={styles.section}
      >
        <Text as="h2" size={700} weight="semibold">
          Stage {stage}: {MEETING_STAGE_TITLES[stage]}
        </Text>
        {stagePanel[stage]()}
      </section>
      <MeetingSaveBar
        services={services}
        plan={plan}
        review={state.review}
        meeting={meeting}
        save={state.save}
        readOnly={readOnly}
        onSave={() => void state.saveMeeting()}
        onSaveOntoTheirs={() => void state.saveOntoTheirs()}
      />
    </div>
  );
};
