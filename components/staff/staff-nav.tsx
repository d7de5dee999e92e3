"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/staff", label: "Queue", adminOnly: false },
  { href: "/staff/day", label: "Day list", adminOnly: false },
  { href: "/staff/book", label: "Book for a patient", adminOnly: false },
  { href: "/staff/time-off", label: "Time off", adminOnly: false },
  { href: "/staff/audit", label: "Audit", adminOnly: true },
  { href: "/staff/integrations", label: "Integrations", adminOnly: true },
];

// Navigation only: every staff page checks the role itself.
export function StaffNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const current = (href: string) =>
    href === "/staff" ? pathname === "/staff" || pathname.startsWith("/staff/bookings") : pathname.startsWith(href);
  return (
    <nav aria-label="Staff" className="no-print mb-6 border-b border-stone-200 pb-3">
      <ul className="flex flex-wrap gap-2 text-sm">
        {LINKS.filter((link) => isAdmin || !link.adminOnly).map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={current(link.href) ? "page" : undefined}
              className="inline-block rounded px-3 py-1.5 hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
