/** The `tel:` address of a number as people write it ("09 555 0000" → "tel:095550000"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}

/** A phone number people can tap to call: every phone number the app shows goes through this. */
export function PhoneLink({ number, className = "font-semibold underline" }: { number: string; className?: string }) {
  return (
    <a href={telHref(number)} className={className}>
      {number}
    </a>
  );
}

/** A sentence that names a phone number (e.g. from the messages module), with the number tap-to-call. */
export function TextWithPhone({ text, phone }: { text: string; phone: string | null | undefined }) {
  if (!phone || !text.includes(phone)) return <>{text}</>;
  const at = text.indexOf(phone);
  return (
    <>
      {text.slice(0, at)}
      <PhoneLink number={phone} />
      {text.slice(at + phone.length)}
    </>
  );
}
