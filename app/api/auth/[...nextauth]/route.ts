import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { clientIp, signInLinkLimiter, tooManyAttemptsMessage } from "@/lib/auth/rate-limit";
import { apiError } from "@/lib/http/api-error";

type Context = { params: Promise<{ nextauth: string[] }> };

// next-auth's own endpoints: the emailed link's callback lands here.
export async function GET(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context);
}

export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  // Our /sign-in page rate-limits before asking next-auth; a client posting
  // here directly meets the same limits.
  if (nextauth[0] === "signin" && nextauth[1] === "email") {
    const email = await emailFromBody(request.clone());
    const verdict = await signInLinkLimiter().consume({ email, ip: clientIp(request.headers) });
    if (!verdict.ok) {
      const response = apiError(429, "RATE_LIMITED", tooManyAttemptsMessage(verdict.retryAfterSeconds));
      response.headers.set("Retry-After", String(verdict.retryAfterSeconds));
      return response;
    }
  }
  return NextAuth(authOptions())(request, context);
}

async function emailFromBody(request: Request): Promise<string> {
  try {
    const type = request.headers.get("content-type") ?? "";
    if (type.includes("application/json")) return String(((await request.json()) as { email?: unknown }).email ?? "");
    return String(new URLSearchParams(await request.text()).get("email") ?? "");
  } catch {
    return "";
  }
}
