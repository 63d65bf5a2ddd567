import { bench, describe } from "vitest";
import { replyDeadline } from "../src/deadline";
import { processingFee } from "../src/fee";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "../src/working-days";

/** Every calendar day of 2024, as YYYY-MM-DD. */
const days2024 = Array.from({ length: 366 }, (_, i) => {
  const d = new Date(Date.UTC(2024, 0, 1 + i));
  return d.toISOString().slice(0, 10);
});

// warm the per-year caches so the first sample is not an outlier
addWorkingDays("2023-12-31", 300);

describe("working days over the 366 days of 2024", () => {
  bench("isWorkingDay × 366", () => {
    for (const d of days2024) isWorkingDay(d);
  });
  bench("addWorkingDays(d, 20) × 366", () => {
    for (const d of days2024) addWorkingDays(d, 20);
  });
  bench("addWorkingDays(d, 40) × 366", () => {
    for (const d of days2024) addWorkingDays(d, 40);
  });
  bench("workingDaysBetween(d, d + ~2 months) × 366", () => {
    for (let i = 0; i + 60 < days2024.length; i++) workingDaysBetween(days2024[i]!, days2024[i + 60]!);
  });
});

describe("records", () => {
  const apps = days2024.map((d, i) => ({
    id: `YC-2024-${i + 1}`,
    receivedDate: d,
    ...(i % 5 === 0 ? { extension: { workingDays: 10 } } : {}),
    ...(i % 7 === 0 ? { consultations: [{ from: d, to: addWorkingDays(d, 5) }] } : {}),
  }));
  bench("replyDeadline × 366 (some extended, some consulted)", () => {
    for (const a of apps) replyDeadline(a);
  });
  const requests = days2024.flatMap((d, i) =>
    Array.from({ length: 10 }, (_, k) => ({
      id: `F-${i}-${k}`,
      applicantId: `A-${k}`,
      receivedDate: d,
      basis: (k % 3 === 0 ? "perVolume" : "perRequest") as "perVolume" | "perRequest",
      pages: 20 * k,
    })),
  );
  bench("processingFee of 3,660 applications", () => {
    processingFee(requests);
  });
});
