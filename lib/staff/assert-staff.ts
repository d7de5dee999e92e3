import type { CurrentUser } from "@/lib/auth/roles";
import { isStaff } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";

/** Staff services check the acting user themselves, not only their doors. */
export function assertStaff(actor: Pick<CurrentUser, "role">): void {
  if (!isStaff(actor)) throw new DomainError("FORBIDDEN", { reason: "NOT_STAFF" });
}
