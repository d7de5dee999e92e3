"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

// Set by a week link, read by the heading of the week it opens. Module state
// outlives the re-render (or remount) that the navigation causes, and is only
// set by a patient's own click or key press: a page load never steals focus.
let focusNewWeek = false;

/**
 * The picker's heading. After "Previous week"/"Next week" it takes focus (so
 * keyboard and screen-reader users stay at the picker, and on a phone the
 * browser scrolls it into view) and the new week is announced politely.
 */
export function WeekHeading({ id, text }: { id: string; text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (!focusNewWeek) return;
    focusNewWeek = false;
    ref.current?.focus();
    // A moment's delay so a live region that has just been mounted is heard.
    const timer = setTimeout(() => setAnnouncement(`Showing ${text.replace(/^Free times: /, "free times for ")}`), 100);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <>
      <h2 ref={ref} id={id} tabIndex={-1} className="scroll-mt-4 text-xl font-semibold">
        {text}
      </h2>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}

/** "Previous week" / "Next week": no jump to the top of the page; the new week's heading takes focus. */
export function WeekLink({ href, children }: { href: string | null; children: React.ReactNode }) {
  const className = "rounded border px-3 py-1.5 text-sm";
  if (!href) {
    return (
      <span aria-disabled="true" className={`${className} border-stone-200 text-stone-400`}>
        {children}
      </span>
    );
  }
  return (
    <Link
      href={href}
      scroll={false}
      onClick={() => {
        focusNewWeek = true;
      }}
      className={`${className} border-stone-300 hover:bg-stone-100`}
    >
      {children}
    </Link>
  );
}
