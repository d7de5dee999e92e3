// Short chip labels for the queue, so a row reads at a glance; the full
// message is kept for the review page and as the chip's title.
const CHIP_LABELS: Record<string, string> = {
  SYMPTOMS: "Symptoms",
  FEVER: "Fever",
  POSITIVE_TEST: "Positive test",
  CLOSE_CONTACT: "Close contact",
  RECENT_RESPIRATORY_ILLNESS: "Recent illness",
  RECENT_COVID: "Recent COVID-19",
  FREE_TEXT_RESPIRATORY: "Mentions illness",
};

export function reasonChipLabel(code: string): string {
  return CHIP_LABELS[code] ?? code.toLowerCase().replaceAll("_", " ");
}
