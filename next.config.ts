import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The Docker image is built from the standalone output; `npm start` serves the regular build
  // with `next start` (which does not support standalone). Build-time only, never a runtime setting.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  poweredByHeader: false,
  // Native or WASM packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pdfkit", "stripe"],
  experimental: {
    // forbidden() renders app/[locale]/forbidden.tsx with HTTP 403.
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
