import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Large, friendly type for a child reading with an adult: Fluent's bigger type ramp and spacing only,
 * so Teams' light, dark and high-contrast themes all apply.
 */
export const useMyViewsStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, maxWidth: '48rem' },
  intro: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  question: {
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  answer: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  scale: { border: 'none', margin: 0, padding: 0 },
  faces: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  face: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  faceLabel: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
  },
  picture: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});
