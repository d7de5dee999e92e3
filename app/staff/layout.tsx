import { getCurrentUser } from "@/lib/auth/current-user";
import { StaffNav } from "@/components/staff/staff-nav";
import "./staff-print.css";

// Navigation only. Not a guard — layouts do not re-run on every navigation,
// so every staff page and action calls requireStaff/requireAdmin itself.
// The sign-in page lives under /staff too, so an anonymous visitor sees no nav.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const staff = user && (user.role === "STAFF" || user.role === "ADMIN");
  return (
    <div>
      {staff ? <StaffNav isAdmin={user.role === "ADMIN"} /> : null}
      {children}
    </div>
  );
}
