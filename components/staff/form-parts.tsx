// Classes and the field message for the staff console's search and filter
// forms (plain GET forms, no server action). Forms that post use
// components/forms/ and the one action result in lib/http/action-result.ts.

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}

export const inputClass =
  "mt-1 block w-full rounded border border-stone-400 px-3 py-2 aria-[invalid=true]:border-red-700";
export const buttonClass =
  "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";
