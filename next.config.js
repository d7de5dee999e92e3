/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several builds (e.g. a benchmark beside a dev build) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Side builds (benchmark, parallel work) skip the type check: their route
  // types would clash with the main build's. `npm run build` and
  // `npm run typecheck` always check.
  typescript: { ignoreBuildErrors: Boolean(process.env.NEXT_DIST_DIR) },
  // better-sqlite3 is a native addon and Prisma's clients (one per database)
  // are generated on disk: keep them out of the server bundle and load them
  // from node_modules.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    "@prisma/client",
    ".prisma/client",
    ".prisma/client-postgres",
  ],
  poweredByHeader: false,
  // forbidden() and app/forbidden.tsx (a real 403 for signed-in users with the wrong role).
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
