import type { Metadata } from "next";
import Link from "next/link";
import { getClinic } from "@/lib/clinic/clinic-data";
import "./globals.css";

// Every page reads the clinic from the database: render at request time, never at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const clinic = await getClinic();
  return { title: { default: clinic.name, template: `%s · ${clinic.name}` } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const clinic = await getClinic();
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
            {clinic.phone ? ` · Phone ${clinic.phone}` : ""}
          </p>
        </footer>
      </body>
    </html>
  );
}
