import type { NextRequest } from "next/server";
import { handleNextAuth } from "@/lib/auth/next-auth-route";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own endpoints (the emailed link's callback lands here), behind
// our checks on bodies, callback URLs, rate limits and staff cookies.
export const GET = (request: NextRequest, context: Context) => handleNextAuth(request, context);
export const POST = (request: NextRequest, context: Context) => handleNextAuth(request, context);
