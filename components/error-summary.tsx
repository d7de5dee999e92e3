"use client";

import type { Ref } from "react";

export type ErrorSummaryItem = { message: string; targetId?: string };

type Props = { title?: string; items: ErrorSummaryItem[]; ref?: Ref<HTMLDivElement> };

/**
 * The list of problems at the top of a form (GOV.UK pattern). role="alert"
 * announces it; the form moves focus here after a failed submit; each item
 * links to its field.
 */
export function ErrorSummary({ title = "There is a problem with your answers", items, ref }: Props) {
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="rounded-lg border-4 border-red-700 bg-white p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-semibold text-red-800">
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
    </div>
  );
}
