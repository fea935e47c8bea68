import { useEffect, useState } from 'react';

/**
 * The section being read: the last whose heading is in the upper third of the window or above, from an
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
    // Whenever a heading comes into or goes out of view, the current section is the last one whose
    // heading is in the top third of the window or above it: the part of the plan being read. (A
    // narrower observed band would miss jumps that carry every heading straight past it.)
    const observer = new IntersectionObserver(
      () => {
        const edge = window.innerHeight / 3;
        const above = headings.filter((heading) => heading.getBoundingClientRect().top < edge);
        setCurrent(above.at(-1)?.id ?? headings[0]?.id ?? null);
      },
      { threshold: [0, 1] },
    );
    headings.forEach((heading) => observer.observe(heading));
    return () => observer.disconnect();
  }, [key]);

  return { current, setCurrent };
};
