import { describeAnswers } from "@/lib/screening/describe-answers";

export type ComparedResponse = {
  id: string;
  kind: "BOOKING" | "PRE_PROCEDURE";
  questionnaireVersion: number;
  answers: unknown;
  submittedAt: Date;
};

export type ComparisonCell = {
  /** Null when this response was not asked the question (e.g. a follow-up to a "no"). */
  answer: string | null;
  /** True when it differs from the same question in the response before it. */
  changed: boolean;
};

export type ComparisonRow = { id: string; label: string; cells: ComparisonCell[] };

/**
 * Every response side by side, one row per question, in the order the patient
 * answered them; a cell is marked changed when it differs from the response
 * before it, so a nurse sees at once what is new at check-in. Each response is
 * described in the words of its own questionnaire version.
 */
export function compareResponses(responses: readonly ComparedResponse[]): ComparisonRow[] {
  const described = responses.map((r) => describeAnswers(r.answers, r.questionnaireVersion));
  const rows: ComparisonRow[] = [];
  const seen = new Map<string, string>();
  for (const list of described) {
    for (const pair of list) if (!seen.has(pair.id)) seen.set(pair.id, pair.label);
  }
  for (const [id, label] of seen) {
    const answers = described.map((list) => list.find((pair) => pair.id === id)?.answer ?? null);
    rows.push({
      id,
      label,
      cells: answers.map((answer, i) => ({ answer, changed: i > 0 && answer !== answers[i - 1] })),
    });
  }
  return rows;
}
