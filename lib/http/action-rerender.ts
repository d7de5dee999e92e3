import "server-only";
import { headers } from "next/headers";

// A server action that changes what a page shows (revalidatePath) makes
// Next.js render that page again in the same request, to send the new view
// back with the action's answer. Pages whose rendering is an audited read
// (a staff review shows health answers) must not count that render as a second
// viewing: the staff member is still on the page they opened.
//
// The mark is the request's own headers object, which Next.js shares between
// the action and the render that follows it in one request. Only our action
// code can add to this set, so a request cannot claim to be a re-render.
const actionRequests = new WeakSet<object>();

/** Call in a server action before revalidatePath on a page with an audited read. */
export async function markActionRerender(): Promise<void> {
  actionRequests.add(await headers());
}

/** True while rendering a page again at the end of a server action marked above. */
export async function isActionRerender(): Promise<boolean> {
  return actionRequests.has(await headers());
}
