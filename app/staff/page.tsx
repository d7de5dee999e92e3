import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/guards";
import { QueueScreen } from "./_queue/queue-screen";

export const metadata: Metadata = { title: "Flagged bookings" };

// The staff console's home: the queue of bookings awaiting review.
export default async function StaffQueuePage({ searchParams }: PageProps<"/staff">) {
  await requireStaff("/staff");
  return <QueueScreen searchParams={await searchParams} />;
}
