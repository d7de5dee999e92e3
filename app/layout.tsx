import type { Metadata } from "next";
import Link from "next/link";
import { getClinic } from "@/lib/clinic/clinic-data";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isStaff } from "@/lib/auth/roles";
import { PhoneLink } from "@/components/phone-link";
import "./globals.css";

// Every page reads the clinic from the database: render at request time, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const clinic = await getClinic();
  return { title: { default: clinic.name, template: `%s · ${clinic.name}` } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [clinic, user] = await Promise.all([getClinic(), getCurrentUser()]);
  return (
    <html lang="en-NZ">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to main content
        </a>
        <header className="no-print border-b border-stone-200 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
            <Link href="/" className="text-lg font-semibold text-brand-800">
              {clinic.name}
            </Link>
            <nav aria-label="Main">
              <ul className="flex flex-wrap items-center gap-4 text-sm">
                <li>
                  <Link href="/" className="underline-offset-4 hover:underline">
                    Procedures
                  </Link>
                </li>
                {user && isStaff(user) ? (
                  <li>
                    <Link href="/staff" className="underline-offset-4 hover:underline">
                      Staff
                    </Link>
                  </li>
                ) : null}
                {user?.role === "PATIENT" ? (
                  <li>
                    <Link href="/bookings" className="underline-offset-4 hover:underline">
                      My bookings
                    </Link>
                  </li>
                ) : null}
                {user?.role === "PATIENT" ? (
                  <li>
                    <Link href="/profile" className="underline-offset-4 hover:underline">
                      My profile
                    </Link>
                  </li>
                ) : null}
                {user ? (
                  <li>
                    {/* POST, so a link preview or prefetch can never sign anyone out. */}
                    <form action="/api/auth/sign-out" method="post">
                      <button type="submit" className="underline-offset-4 hover:underline">
                        Sign out
                      </button>
                    </form>
                  </li>
                ) : (
                  <li>
                    <Link href="/sign-in" className="underline-offset-4 hover:underline">
                      Sign in
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-5xl px-4 pb-10 text-sm text-stone-600">
          <p>
            {clinic.name}
            {clinic.address ? ` · ${clinic.address}` : ""}
            {clinic.phone ? (
              <>
                {" · Phone "}
                <PhoneLink number={clinic.phone} className="underline" />
              </>
            ) : null}
          </p>
        </footer>
      </body>
    </html>
  );
}
