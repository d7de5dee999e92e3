"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const serverZone = () => null;

/** Tells a patient whose device is in another zone that times are clinic time. */
export function TimeZoneNotice({ clinicTimeZone, label }: { clinicTimeZone: string; label: string }) {
  const zone = useSyncExternalStore(subscribe, browserZone, serverZone);
  if (!zone || zone === clinicTimeZone) return null;
  return (
    <p role="note" className="mt-2 rounded bg-sky-50 p-3 text-sky-950">
      Your device is set to {zone.replaceAll("_", " ")}. The times below are {label}, where the clinic is — not your
      local time.
    </p>
  );
}
