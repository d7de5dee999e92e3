// Demo data for development and tests: a realistic New Zealand clinic.

export const clinic = {
  name: "Harbourside Regenerative Clinic",
  timeZone: "Pacific/Auckland",
  notice:
    "If you are unwell with a cough, cold or respiratory symptoms it is best to postpone your procedure. Please tell us and we will find you a new time.",
  phone: "09 555 0142",
  email: "care@harbourside-clinic.example",
  address: "Level 2, 18 Quay Street, Auckland 1010",
};

export const procedures = [
  {
    slug: "initial-consultation",
    name: "Initial consultation",
    summary: "A first appointment with a doctor to talk through your history, goals and whether a treatment may suit you.",
    description:
      "You meet one of our doctors for a full history and examination. We review your records and previous imaging, explain which treatments may or may not help, what the evidence says, the risks and the costs, and answer your questions. No treatment is given at this visit.",
    durationMinutes: 45,
    bufferMinutes: 15,
    requiresScreening: true,
    evidence: null,
    sortOrder: 1,
  },
  {
    slug: "ucmsc-infusion-autoimmune",
    name: "Umbilical cord stem cell infusion for autoimmune disease",
    summary:
      "An intravenous infusion of umbilical cord mesenchymal stem cells (UC-MSC) for selected patients with autoimmune disease.",
    description:
      "Donated umbilical cord mesenchymal stem cells are given by slow intravenous infusion in our procedure room, with monitoring before, during and after. Plan to be with us for about three hours and to have someone drive you home. You will have had an initial consultation first.",
    durationMinutes: 180,
    bufferMinutes: 30,
    requiresScreening: true,
    evidence:
      "A 2010 single-arm trial gave umbilical cord MSC transplantation to 16 patients with refractory systemic lupus erythematosus (SLE); disease activity scores and kidney measures improved over follow-up (Sun L et al., Arthritis Rheum 2010;62(8):2467-75, PMID 20506343). It was a small study without a control group, so it cannot show the treatment works better than standard care, and it is not approved as a standard treatment for SLE.",
    sortOrder: 2,
  },
  {
    slug: "joint-injection",
    name: "Image-guided joint injection",
    summary: "An ultrasound-guided injection into a knee, hip or shoulder joint.",
    description:
      "Under local anaesthetic and ultrasound guidance, the doctor injects the agreed preparation into the joint. Most people walk out and go home the same hour; avoid heavy exercise for 48 hours.",
    durationMinutes: 60,
    bufferMinutes: 15,
    requiresScreening: true,
    evidence:
      "Evidence for cell-based joint injections is still limited: small trials report changes in pain scores, but results vary and long-term benefit is not established. Your doctor will go through what is known for your joint before you decide.",
    sortOrder: 3,
  },
  {
    slug: "follow-up-review",
    name: "Follow-up review",
    summary: "A short review after treatment to check progress and plan next steps.",
    description:
      "A 30-minute review with your doctor after treatment: how you are feeling, any side effects, and what comes next. Usually by video call, so no health screening is needed.",
    durationMinutes: 30,
    bufferMinutes: 0,
    requiresScreening: false,
    evidence: null,
    sortOrder: 4,
  },
] as const;

// What a patient must have had, or have booked for an earlier time, first
// (docs/decisions/014). The infusion is given only after a consultation.
export const procedurePrerequisites: { procedure: string; requires: string[] }[] = [
  { procedure: "ucmsc-infusion-autoimmune", requires: ["initial-consultation"] },
];

type Weekly = { weekday: number; opensAt: string; closesAt: string };
const weekdays = (opensAt: string, closesAt: string, days: number[]): Weekly[] =>
  days.map((weekday) => ({ weekday, opensAt, closesAt }));

export const practitioners = [
  {
    key: "ngata",
    name: "Dr Aroha Ngata",
    title: "Specialist physician (rheumatology)",
    bio: "Aroha leads our infusion programme and sees patients with autoimmune conditions.",
    procedures: ["initial-consultation", "ucmsc-infusion-autoimmune", "follow-up-review"],
    hours: [...weekdays("08:30", "17:00", [1, 2, 3, 4]), { weekday: 5, opensAt: "08:30", closesAt: "13:00" }],
  },
  {
    key: "whitfield",
    name: "Dr James Whitfield",
    title: "Sports and musculoskeletal physician",
    bio: "James performs our image-guided joint injections.",
    procedures: ["initial-consultation", "joint-injection", "follow-up-review"],
    hours: [...weekdays("09:00", "17:30", [2, 3, 4, 5]), { weekday: 6, opensAt: "09:00", closesAt: "12:30" }],
  },
];

// Development-only demo accounts, listed in the README. Never used in production.
export const demoAccounts = {
  patient: { email: "patient@example.com", legalName: "Mere Thompson", dateOfBirth: "1978-03-14", phone: "021 555 0199" },
  staff: { email: "nurse@example.com", password: "demo-nurse-password", name: "Sam Patel (nurse)" },
  admin: { email: "admin@example.com", password: "demo-admin-password", name: "Jo Admin" },
};
