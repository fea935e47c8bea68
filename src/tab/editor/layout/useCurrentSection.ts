import { useEffect, useState } from 'react';

/**
 * The section whose heading was last scrolled into the upper part of the window, from an
 * IntersectionObserver (no scroll polling or timers). Where there is none (older browsers, jsdom)
 * the section last jumped to is current.
 */
export const useCurrentSection = (ids: readonly string[]) => {
  const [current, setCurrent] = useState<string | null>(null);
  const key = ids.join(' ');

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const headings = key
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((element): element is HTMLElement => element !== null);
    // Whenever a heading crosses into or out of the band, the current section is the last one whose
    // heading is above the band's lower edge: the part of the plan being read.
    const observer = new IntersectionObserver(
      () => {
        const edge = window.innerHeight / 3;
        const above = headings.filter((heading) => heading.getBoundingClientRect().top < edge);
        setCurrent(above.at(-1)?.id ?? headings[0]?.id ?? null);
      },
      // A heading counts once it is below the sticky toolbar and in the top third of the window.
      { rootMargin: '-64px 0px -66% 0px' },
    );
    headings.forEach((heading) => observer.observe(heading));
    return () => observer.disconnect();
  }, [key]);

  return { current, setCurrent };
};
