/** The phone test as inspectors run it: 10–20 questions (local practice differs). */
export const EXAM_N = { min: 10, max: 20 };

/** Clamps a stored question count to the phone test's range (older saves allowed 5–50). */
export const examCount = (s: { examN: number }) => Math.min(EXAM_N.max, Math.max(EXAM_N.min, s.examN));
