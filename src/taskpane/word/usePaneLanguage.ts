import { useEffect, useRef, useState } from 'react';
import type { DocumentLanguage } from '../../app/documents';
import { rememberedLanguage, rememberLanguage } from '../../app/languageChoice';
import type { Plan } from '../../domain';
import type { WordPort } from './wordPort';

export interface PaneLanguage {
  /** Whether to offer the choice: only a plan in Wales can be printed in Welsh. */
  readonly offered: boolean;
  readonly language: DocumentLanguage;
  choose(language: DocumentLanguage): void;
}

/**
 * The language the pane inserts and refreshes a plan in Wales in. It starts as the language the
 * plan's templates already in the document were printed in (so refreshing a Welsh block keeps it
 * Welsh), or else the person's last choice, or else English; a choice made here is remembered for
 * next time, as the tab's export remembers its own.
 */
export const usePaneLanguage = (word: WordPort, plan: Plan): PaneLanguage => {
  const offered = plan.nation === 'wales';
  // Read once per plan, not again when a save replaces the plan with its newer self.
  const planId = plan.id;
  const [language, setLanguage] = useState<DocumentLanguage>(() => rememberedLanguage() ?? 'en');
  const chosenHere = useRef(false);

  useEffect(() => {
    if (!offered) return undefined;
    let current = true;
    word.readInsertedLanguage(planId).then(
      (inserted) => {
        // What the teacher picked while the document was being read wins over what it says.
        if (current && inserted !== null && !chosenHere.current) setLanguage(inserted);
      },
      () => {
        // The remembered choice stands; refresh still works, in that language.
      },
    );
    return () => {
      current = false;
    };
  }, [offered, word, planId]);

  return {
    offered,
    language: offered ? language : 'en',
    choose: (next) => {
      chosenHere.current = true;
      setLanguage(next);
      rememberLanguage(next);
    },
  };
};
