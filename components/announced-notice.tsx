"use client";

import { useEffect, useRef } from "react";

/**
 * A notice that arrives with the page (e.g. "Your booking is confirmed"). A
 * live region already in the page when it loads is not reliably read out, so
 * the notice takes focus once: screen readers read it, keyboard users start
 * from it.
 */
export function AnnouncedNotice({ className, children }: { className?: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} role="status" tabIndex={-1} className={className}>
      {children}
    </div>
  );
}
