// Tests of use cases that throw DomainError: the refusal as the edge would
// answer it (HTTP status from the one map, the message, the form errors), so a
// test can assert on the whole answer in one matcher.
import { DomainError } from "@/lib/errors/domain-error";
import { httpStatusFor } from "@/lib/http/domain-error-http";

export type Refusal = {
  ok: false;
  status: number;
  code: string;
  message: string;
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
};

/** The call's result, or its DomainError as a Refusal; anything else is rethrown. */
export async function resultOrRefusal<T>(call: Promise<T>): Promise<T | Refusal> {
  try {
    return await call;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return {
      ok: false,
      status: httpStatusFor(error),
      code: error.code,
      message: error.message,
      formErrors: error.formErrors ?? [error.message],
      fieldErrors: error.fieldErrors ?? {},
    };
  }
}
