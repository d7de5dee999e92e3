// Statuses whose booking still holds the practitioner's time (DESIGN.md).
export const TIME_HOLDING_STATUSES = ["CONFIRMED", "FLAGGED"] as const;
