import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { ApiClientInput } from "./api-client-schema";
import { parseScopes } from "./scopes";
import { hashSecretToken, newSecretToken } from "./secret-token";

export type ApiClientSummary = {
  id: string;
  name: string;
  scopes: string[];
  tokenHint: string;
  createdAt: Date;
  revokedAt: Date | null;
};

/** An authenticated caller of the FHIR API. */
export type VerifiedApiClient = { id: string; name: string; scopes: string[] };

const API_TOKEN_PREFIX = "cbk_";

/** Creates a client; the returned token is shown once and never stored. */
export async function createApiClient(input: ApiClientInput, adminId: string): Promise<{ client: ApiClientSummary; token: string }> {
  const { token, hash, hint } = newSecretToken(API_TOKEN_PREFIX);
  const client = await db.$transaction(async (tx) => {
    const row = await tx.apiClient.create({
      data: { name: input.name, scopes: input.scopes.join(" "), tokenHash: hash, tokenHint: hint, createdById: adminId },
      select: { id: true, name: true, scopes: true, tokenHint: true, createdAt: true, revokedAt: true },
    });
    await recordAudit(tx, {
      actorId: adminId,
      action: "api-client.created",
      entityType: "ApiClient",
      entityId: row.id,
      details: { scopes: row.scopes },
    });
    return row;
  });
  return { client: { ...client, scopes: parseScopes(client.scopes) }, token };
}

/** Revokes a client at once; false when there is no such active client. */
export async function revokeApiClient(id: string, adminId: string, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiClient.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) return false;
    await recordAudit(tx, { actorId: adminId, action: "api-client.revoked", entityType: "ApiClient", entityId: id });
    return true;
  });
}

export async function listApiClients(): Promise<ApiClientSummary[]> {
  const rows = await db.apiClient.findMany({
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, scopes: true, tokenHint: true, createdAt: true, revokedAt: true },
  });
  return rows.map((r) => ({ ...r, scopes: parseScopes(r.scopes) }));
}

/**
 * The active client a bearer token belongs to, or null. The token is looked
 * up by its hash, so the comparison never touches the secret itself.
 */
export async function verifyBearerToken(authorization: string | null): Promise<VerifiedApiClient | null> {
  const match = /^Bearer\s+([A-Za-z0-9_\-]{10,200})\s*$/.exec(authorization ?? "");
  if (!match) return null;
  const row = await db.apiClient.findUnique({
    where: { tokenHash: hashSecretToken(match[1]!) },
    select: { id: true, name: true, scopes: true, revokedAt: true },
  });
  if (!row || row.revokedAt) return null;
  return { id: row.id, name: row.name, scopes: parseScopes(row.scopes) };
}
