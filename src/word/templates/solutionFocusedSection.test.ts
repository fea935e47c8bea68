/** @jest-environment jsdom */
import { buildMeeting } from '../../../test/support/meetingBuilder';
import { buildReview, planWithTargets } from '../../../test/support/planBuilder';
import { renderTemplate } from '../renderTemplate';
import { parseBody, textOf, wAll } from '../testing/readOoxml';

const plan = planWithTargets(2);
const bodyText = (meeting: ReturnType<typeof buildMeeting> | null) =>
  textOf(
    parseBody(renderTemplate('review-record', { plan, review: buildReview(plan, { meeting }) }).bodyXml),
  );

const tableStarting = (meeting: ReturnType<typeof buildMeeting>, caption: string): string => {
  const body = parseBody(
    renderTemplate('review-record', { plan, review: buildReview(plan, { meeting }) }).bodyXml,
  );
  const found = wAll(body, 'tbl').find((tbl) => tbl.innerHTML.includes(`w:val="${caption}"`));
  if (!found) throw new Error(`No table captioned ${caption}`);
  return textOf(found);
};

describe('the review record of a solution-focused meeting', () => {
  it('prints the roles and the members who voted', () => {
    const text = bodyText(buildMeeting());
    expect(text).toContain('Chair\nMr Head');
    expect(text).toContain('Facilitator\nMrs Patel');
    expect(text).toContain('Key professional\nMr Jones');
    expect(text).toContain('Members who voted\nMrs Patel, Mr Jones, Alex Taylor, Dr Rees');
  });

  it('prints the issues flip chart with each member’s votes, the tally and the long-term targets chosen', () => {
    const issues = tableStarting(buildMeeting(), 'Issues and their votes');
    expect(issues).toContain(
      'Support his reading development\nMrs Patel 3, Mr Jones 2, Alex Taylor 2, Dr Rees 2\n9\nLong-term target',
    );
    expect(issues).toContain('Help him develop better motor skills\nMr Jones 1, Dr Rees 2\n3\n');
    expect(issues).not.toContain('Help him develop better motor skills\nMr Jones 1, Dr Rees 2\n3\nLong-term');
  });

  it('prints each chosen issue’s actions sheet with its tally and the short-term targets chosen', () => {
    const sheet = tableStarting(
      buildMeeting(),
      'In how many ways might we… Help him make friends at playtime',
    );
    expect(sheet).toContain(
      'Have a playtime buddy\nMrs Patel 3, Mr Jones 3, Alex Taylor 3, Dr Rees 3\n12\nShort-term target',
    );
    expect(sheet).toContain('Join the lunchtime games club');
  });

  it('prints the time each speaker took to share information', () => {
    expect(tableStarting(buildMeeting(), 'Stage 1: sharing information')).toContain(
      'Mr Jones\n9:00\nReading has come on.',
    );
  });

  it('leaves blank lines to write on where nothing was timed or written, not a sentence about it', () => {
    const meeting = { ...buildMeeting(), sharing: [], issues: [], chosenIssues: [] };
    expect(tableStarting(meeting, 'Stage 1: sharing information')).toBe(
      'Speaker\nTime\nWhat was shared' + '\n'.repeat(9),
    );
    expect(tableStarting(meeting, 'Issues and their votes')).toBe(
      'Written on the flip chart\nVotes placed\nTotal\nChosen' + '\n'.repeat(16),
    );
  });

  it('leaves the section out of a review not held that way', () => {
    expect(bodyText(null)).not.toContain('Solution-focused meeting');
  });
});
