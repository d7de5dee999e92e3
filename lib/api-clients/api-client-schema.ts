import * as z from "zod";
import { GRANTABLE_SCOPES } from "./scopes";

// The admin's "new API client" form, shared by the page and the server action.
export const apiClientSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Enter a name that says which system this is, for example “Practice system”" })
    .max(100, { error: "Keep the name to 100 characters or fewer" }),
  scopes: z
    .array(z.string())
    .transform((values) => [...new Set(values)])
    .pipe(
      z
        .array(z.enum(GRANTABLE_SCOPES as [string, ...string[]], { error: "Choose from the access listed" }))
        .min(1, { error: "Choose at least one kind of record this system may read" }),
    ),
});

export type ApiClientInput = z.output<typeof apiClientSchema>;
