"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { formDataArg } from "@/lib/http/action-args";
import { env } from "@/lib/env";
import { apiClientSchema } from "@/lib/api-clients/api-client-schema";
import { calendarFeedSchema } from "@/lib/calendar-feed/calendar-feed-schema";
import { createApiClient, revokeApiClient } from "@/lib/api-clients/api-client-data";
import { calendarFeedPath, createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar-feed/calendar-feed-data";
import { formValues, zodActionError, type ActionState } from "@/lib/http/action-result";

const PAGE = "/staff/integrations";

/** The secret is in the answer exactly once; it is never stored or shown again. */
export type SecretState = ActionState<{ secretLabel: string; secret: string }>;

export async function createApiClientAction(_previous: SecretState, formData: FormData): Promise<SecretState> {
  formDataArg(formData);
  const admin = await requireAdmin(PAGE);
  const parsed = apiClientSchema.safeParse({ name: String(formData.get("name") ?? ""), scopes: formData.getAll("scopes").map(String) });
  if (!parsed.success) return zodActionError(parsed.error, formValues(formData, { multiValued: ["scopes"] }));
  const { client, token } = await createApiClient(parsed.data, admin.id);
  revalidatePath(PAGE);
  return {
    ok: true,
    message: `API client “${client.name}” created. Copy its token now: it will not be shown again.`,
    secretLabel: `Bearer token for ${client.name}`,
    secret: token,
  };
}

export async function createCalendarFeedAction(_previous: SecretState, formData: FormData): Promise<SecretState> {
  formDataArg(formData);
  const admin = await requireAdmin(PAGE);
  const values = formValues(formData);
  const parsed = calendarFeedSchema.safeParse({ practitionerId: String(formData.get("practitionerId") ?? ""), showPatientNames: formData.get("showPatientNames") === "on" });
  if (!parsed.success) return zodActionError(parsed.error, values);
  const result = await createCalendarFeed(parsed.data, admin.id);
  if (!result.ok) return { ok: false, formErrors: [], fieldErrors: { [result.field]: [result.message] }, values };
  revalidatePath(PAGE);
  return {
    ok: true,
    message: `Calendar feed created for ${result.practitionerName}. Copy the address now: it will not be shown again. Any earlier feed of theirs has stopped working.`,
    secretLabel: `Calendar feed address for ${result.practitionerName}`,
    secret: `${env().nextAuthUrl}${calendarFeedPath(result.token)}`,
  };
}

const idSchema = z.string().trim().min(1).max(64);

export async function revokeApiClientAction(formData: FormData): Promise<void> {
  formDataArg(formData);
  const admin = await requireAdmin(PAGE);
  const id = idSchema.safeParse(formData.get("id"));
  if (id.success) await revokeApiClient(id.data, admin.id);
  revalidatePath(PAGE);
}

export async function revokeCalendarFeedAction(formData: FormData): Promise<void> {
  formDataArg(formData);
  const admin = await requireAdmin(PAGE);
  const id = idSchema.safeParse(formData.get("id"));
  if (id.success) await revokeCalendarFeed(id.data, admin.id);
  revalidatePath(PAGE);
}
