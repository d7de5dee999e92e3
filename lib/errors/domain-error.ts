import { domainMessage, type DomainErrorCode, type MessageParams } from "@/lib/messages/domain-messages";

export type { DomainErrorCode, MessageParams } from "@/lib/messages/domain-messages";

/** A link that gets the person past the refusal, e.g. "Book Initial consultation" (docs/decisions/014). */
export type NextStep = { label: string; href: string };

/**
 * The one way `lib/` says "this cannot be done" for a reason the person can
 * act on: a code, the parameters its words need, and the input field it
 * belongs to. The words come from `domainMessage`; the HTTP status and the
 * form shape are chosen at the edge (`lib/http/domain-error-http.ts`,
 * `lib/http/action-result.ts`). Anything else thrown is unexpected and
 * surfaces as a 500 / the error page.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly params: MessageParams;
  /** The input field the problem belongs to, so forms can show it beside that field. */
  readonly field?: string;
  /** Several fields at once (invalid answers), as Zod's flattened errors. */
  readonly fieldErrors?: Record<string, string[]>;
  readonly formErrors?: string[];
  /** Where to go instead; pages show it as a link, the API returns it as `next`. */
  readonly nextStep?: NextStep;

  constructor(
    code: DomainErrorCode,
    params: MessageParams = {},
    options: { field?: string; fieldErrors?: Record<string, string[]>; formErrors?: string[]; nextStep?: NextStep } = {},
  ) {
    super(domainMessage(code, params));
    this.name = new.target.name;
    this.code = code;
    this.params = params;
    this.field = options.field;
    this.fieldErrors = options.fieldErrors;
    this.formErrors = options.formErrors;
    this.nextStep = options.nextStep;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
