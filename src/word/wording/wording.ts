/**
 * The type every language's document wording fills in. One object per language, each of this type,
 * so a string added to the English wording and not yet translated is a type error, not a document
 * that slips back into English half way down a page. Only what is printed is here: control tags and
 * the values save-back reads stay the same in every language.
 */
import type {
  AgendaKey,
  AreaOfNeed,
  Feeling,
  InviteeRole,
  MeetingFormat,
  MyViewsQuestion,
  Nation,
  NamedPlan,
  PlanDocumentKind,
  ReviewStatus,
  ReviewType,
  Stage,
  TargetArea,
  TargetOutcome,
  Terminology,
} from '../../domain';

/** The languages a document's fixed wording can be printed in: English, and Welsh for a plan in Wales. */
export type Language = 'en' | 'cy';

/** The domain's label maps, as a document prints them. */
export interface WordingLabels {
  readonly stages: Readonly<Record<Stage, string>>;
  readonly targetAreas: Readonly<Record<TargetArea, string>>;
  readonly targetOutcomes: Readonly<Record<TargetOutcome, string>>;
  readonly areasOfNeed: Readonly<Record<AreaOfNeed, string>>;
  readonly reviewTypes: Readonly<Record<ReviewType, string>>;
  readonly meetingFormats: Readonly<Record<MeetingFormat, string>>;
  readonly reviewStatuses: Readonly<Record<ReviewStatus, string>>;
  readonly inviteeRoles: Readonly<Record<InviteeRole, string>>;
  readonly evidenceRatings: Readonly<Record<1 | 2 | 3 | 4 | 5, string>>;
  /** The review agenda's headings, in the domain's meeting order. */
  readonly agenda: Readonly<Record<AgendaKey, string>>;
}

export interface Wording {
  readonly language: Language;
  /** The BCP 47 tag Word's proofing (`w:lang`) and the file's properties (`dc:language`) carry. */
  readonly languageTag: string;
  readonly labels: WordingLabels;
  /** The document's title on the page, in the footer and in the file's properties. */
  readonly documentTitle: (kind: PlanDocumentKind, plan: NamedPlan) => string;
  /** The co-ordinator's title (SENCO, ALNCo, CADY). */
  readonly coordinator: (terms: Terminology) => string;
  /** The heading over the needs: the nation's long name for them, as a heading. */
  readonly needsHeading: (terms: Terminology) => string;
  /** The label of the plan's stage: Scotland's staged intervention or a stage of support. */
  readonly stageLabel: (nation: Nation) => string;

  /** Words several documents share: the pupil details, people and signatures. */
  readonly common: {
    readonly pupilDetails: string;
    readonly name: string;
    readonly dateOfBirth: string;
    readonly className: string;
    readonly yearGroup: string;
    readonly pupilRef: string;
    readonly plan: string;
    readonly academicYear: string;
    readonly dateAgreed: string;
    readonly nextReviewDate: string;
    readonly classTeacher: string;
    readonly parentCarer: string;
    readonly teachingAssistant: string;
    readonly pupil: string;
    readonly role: string;
    readonly number: string;
    readonly area: string;
    readonly target: string;
    readonly views: string;
    readonly parentViews: string;
    readonly longTermTarget: string;
    readonly shortTermTarget: string;
    readonly longTermTargets: string;
    readonly shortTermTargets: string;
    readonly noShortTermTargets: string;
  };
  readonly planStatus: {
    readonly draft: (version: number) => string;
    readonly active: (version: number) => string;
    readonly replaced: (version: number) => string;
    readonly replacedOn: (version: number, date: string) => string;
  };
  readonly fullIep: {
    readonly aboutTheChild: string;
    readonly strengths: string;
    readonly likes: string;
    readonly dislikes: string;
    readonly anxieties: string;
    readonly communication: string;
    readonly wellbeingIndicators: string;
    readonly needs: string;
    readonly needsSummary: string;
    readonly areasOfNeed: string;
    readonly identifiedAreas: string;
    readonly assessment: string;
    readonly homeAndOtherSupport: string;
    readonly homeSupport: string;
    readonly howOften: string;
    readonly forHowLong: string;
    readonly childInput: string;
    readonly otherSupport: string;
    readonly pupilViews: string;
    readonly monitoringAndReview: string;
    readonly monitoring: string;
    readonly noLongerNeeded: string;
    readonly reviewArrangements: string;
    readonly agreedBy: string;
  };
  readonly targets: {
    readonly successCriteria: string;
    readonly strategies: string;
    readonly who: string;
    readonly howOften: string;
    readonly targetDate: string;
    readonly outcome: string;
    readonly outcomeComment: string;
    readonly latestEvidence: string;
    /** The caption of the targets-only table. */
    readonly targetsFor: (pupilName: string) => string;
  };
  /** A child's targets shared with a group on a provision, each with the child's own outcome. */
  readonly groupTargets: {
    readonly heading: string;
    /** Under the heading: what these targets are, for a family reading them for the first time. */
    readonly intro: string;
    readonly provision: string;
    readonly childsOutcome: string;
    readonly comment: string;
  };
  readonly signatures: {
    readonly signatures: string;
    readonly signature: string;
    readonly date: string;
    readonly copiesSentTo: string;
    readonly copySentTo: string;
    readonly dateSent: string;
  };
  readonly people: {
    readonly heading: string;
    readonly howTheyHelp: string;
  };
  readonly reviewRecord: {
    readonly yes: string;
    readonly no: string;
    /** Between a meeting's start and end: "15:30 to 16:15". */
    readonly timeTo: string;
    readonly invitedAndAttended: string;
    readonly attended: string;
    readonly planReviewedCaption: string;
    readonly planReviewed: string;
    readonly outcome: string;
    readonly comment: string;
    readonly pupilComments: string;
    readonly parentComments: string;
    readonly targetOutcomes: string;
    readonly noTargetsToReview: string;
    readonly meeting: string;
    readonly reviewType: string;
    readonly meetingType: string;
    readonly dateAndTime: string;
    readonly location: string;
    readonly online: string;
    readonly status: string;
    readonly invitationsSentOn: string;
    readonly minutesSentOn: string;
    readonly agenda: string;
    readonly signedBy: string;
  };
  readonly decision: {
    readonly heading: string;
    readonly staysAt: (stage: string) => string;
    readonly movesFrom: (from: string, to: string) => string;
    readonly newTargetsAgreed: string;
    readonly newTarget: string;
    readonly whoAndHowOften: string;
  };
  readonly profile: {
    readonly title: string;
    readonly me: string;
    readonly myName: string;
    readonly myClass: string;
    readonly aboutMe: string;
    readonly admire: string;
    readonly whatILike: string;
    readonly whatIFindHard: string;
    readonly howToHelpMe: string;
    readonly peopleWhoHelpMe: string;
    readonly myTargets: string;
    readonly noTargets: string;
    readonly whatWouldILike: string;
    readonly whoWillHelpMe: string;
    readonly haveIDoneIt: string;
    readonly howWillIKnow: string;
    /** "Have I done it?" answered the way a child would say it. */
    readonly doneInMyWords: Readonly<Record<TargetOutcome, string>>;
  };
  readonly myViews: {
    readonly heading: string;
    readonly questions: Readonly<Record<MyViewsQuestion, string>>;
    readonly feelingPrinted: string;
    readonly feelings: Readonly<Record<Feeling, string>>;
    readonly outOfFive: (value: number) => string;
    readonly helpedBy: (who: string) => string;
    readonly filledInOn: (date: string) => string;
    readonly filledIn: (parts: string) => string;
  };
  readonly meeting: {
    readonly heading: string;
    readonly roles: string;
    readonly chair: string;
    readonly facilitator: string;
    readonly keyProfessional: string;
    readonly membersWhoVoted: string;
    readonly votingRule: string;
    readonly sharingInformation: string;
    readonly sharingCaption: string;
    readonly speaker: string;
    readonly time: string;
    readonly whatWasShared: string;
    readonly issuesQuestion: string;
    readonly issuesCaption: string;
    readonly inHowManyWays: (issue: string) => string;
    readonly writtenOnFlipChart: string;
    readonly votesPlaced: string;
    readonly total: string;
    readonly chosen: string;
  };
  readonly footer: {
    readonly confidential: string;
    readonly page: string;
    readonly of: string;
  };
}
