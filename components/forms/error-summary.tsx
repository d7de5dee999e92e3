"use client";

import { useEffect, useId, useRef } from "react";

export type ErrorSummaryItem = { message: string; targetId?: string };

type Props = {
  items: ErrorSummaryItem[];
  /** Changes on every failed submit: the summary takes focus each time. */
  focusKey?: number;
  title?: string;
  /** A way past the refusal (e.g. "Change that booking"), shown under the list. */
  next?: { label: string; href: string };
};

const ERROR_PREFIX = "Error: ";

/**
 * The list of problems at the top of a form (GOV.UK / NHS.UK error summary).
 * It takes focus after a failed submit, each item links to its field (and
 * moves focus there), and while it shows the page title starts "Error: ", so
 * screen reader users hear it on arrival too.
 */
export function ErrorSummary({ items, focusKey = 0, title = "There is a problem", next }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const shown = items.length > 0;

  useEffect(() => {
    if (shown && focusKey > 0) ref.current?.focus();
  }, [shown, focusKey]);

  useEffect(() => {
    if (!shown) return;
    if (!document.title.startsWith(ERROR_PREFIX)) document.title = `${ERROR_PREFIX}${document.title}`;
    return () => {
      if (document.title.startsWith(ERROR_PREFIX)) document.title = document.title.slice(ERROR_PREFIX.length);
    };
  }, [shown]);

  if (!shown) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby={titleId}
      className="rounded-lg border-4 border-red-700 bg-white p-4"
    >
      <h2 id={titleId} className="text-lg font-semibold text-red-800">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item, index) => (
          <li key={`${item.targetId ?? "form"}-${index}`}>
            {item.targetId ? (
              <a
                href={`#${item.targetId}`}
                className="text-red-800 underline"
                onClick={(event) => {
                  // A fragment link scrolls but does not focus the field; do both.
                  const target = document.getElementById(item.targetId!);
                  if (!target) return;
                  event.preventDefault();
                  target.scrollIntoView({ block: "center" });
                  target.focus();
                }}
              >
                {item.message}
              </a>
            ) : (
              <span className="text-red-800">{item.message}</span>
            )}
          </li>
        ))}
      </ul>
      {next ? (
        <p className="mt-2">
          <a href={next.href} className="font-semibold text-brand-700 underline">
            {next.label}
          </a>
        </p>
      ) : null}
    </div>
  );
}
