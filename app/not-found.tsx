import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>We could not find that page. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          Back to procedures
        </Link>
      </p>
    </div>
  );
}
