import { describe, expect, it } from "vitest";
import { median, responseTimeSeries, verificationBacklogSeries } from "./staff-series";
import { lastWeeks, startOfUtcWeek, weekIndexOf } from "./weeks";

const hour = 3_600_000;
const at = (iso: string) => new Date(iso);

describe("weeks", () => {
  it("start on Monday 00:00 UTC", () => {
    expect(startOfUtcWeek(at("2026-05-20T12:00:00Z")).toISOString()).toBe("2026-05-18T00:00:00.000Z"); // Wednesday
    expect(startOfUtcWeek(at("2026-05-24T23:59:59Z")).toISOString()).toBe("2026-05-18T00:00:00.000Z"); // Sunday
    expect(startOfUtcWeek(at("2026-05-18T00:00:00Z")).toISOString()).toBe("2026-05-18T00:00:00.000Z");
  });

  it("lists the last weeks oldest first, ending with the current one", () => {
    const weeks = lastWeeks(at("2026-05-20T12:00:00Z"), 3).map((week) => week.toISOString().slice(0, 10));
    expect(weeks).toEqual(["2026-05-04", "2026-05-11", "2026-05-18"]);
    const dates = lastWeeks(at("2026-05-20T12:00:00Z"), 3);
    expect(weekIndexOf(dates, at("2026-05-10T23:59:59Z"))).toBe(0);
    expect(weekIndexOf(dates, at("2026-05-03T23:59:59Z"))).toBe(-1);
    expect(weekIndexOf(dates, at("2026-05-25T00:00:00Z"))).toBe(-1);
  });
});

describe("staff series", () => {
  const weeks = lastWeeks(at("2026-05-20T12:00:00Z"), 3); // 4 May, 11 May, 18 May

  it("median of an odd and an even count", () => {
    expect(median([])).toBeNull();
    expect(median([7, 1, 3])).toBe(3);
    expect(median([10, 30, 2, 50])).toBe(20);
  });

  it("RFQ response time: the median per week of the offer, weeks without offers empty", () => {
    const response = (received: string, hours: number) => ({ receivedAt: at(received), offeredAt: new Date(at(received).getTime() + hours * hour) });
    const series = responseTimeSeries(weeks, [
      response("2026-05-11T08:00:00Z", 10),
      response("2026-05-12T08:00:00Z", 30),
      response("2026-05-13T08:00:00Z", 2),
      // Received the week before, answered on Monday 4 May: counts in the week of the offer.
      response("2026-05-03T20:00:00Z", 6),
      // Outside the weeks.
      response("2026-04-20T08:00:00Z", 1),
    ]);
    expect(series.map((point) => [point.weekStart.toISOString().slice(0, 10), point.responses, point.medianHours])).toEqual([
      ["2026-05-04", 1, 6],
      ["2026-05-11", 3, 10],
      ["2026-05-18", 0, null],
    ]);
  });

  it("verification backlog: submitted and decided per week, open at each week's end", () => {
    const series = verificationBacklogSeries(weeks, [
      { submittedAt: at("2026-04-28T09:00:00Z"), decidedAt: at("2026-05-05T09:00:00Z") }, // before, decided in week 1
      { submittedAt: at("2026-05-05T09:00:00Z"), decidedAt: null }, // open ever since
      { submittedAt: at("2026-05-06T09:00:00Z"), decidedAt: at("2026-05-12T09:00:00Z") },
      { submittedAt: at("2026-05-13T09:00:00Z"), decidedAt: at("2026-05-13T10:00:00Z") }, // in and out within week 2
      { submittedAt: at("2026-05-19T09:00:00Z"), decidedAt: null },
      // Decided at the very start of week 2: decided in week 2, so still open when week 1 ended.
      { submittedAt: at("2026-05-07T09:00:00Z"), decidedAt: at("2026-05-11T00:00:00Z") },
    ]);
    expect(series.map((point) => [point.weekStart.toISOString().slice(0, 10), point.submitted, point.decided, point.openAtEnd])).toEqual([
      ["2026-05-04", 3, 1, 3],
      ["2026-05-11", 1, 3, 1],
      ["2026-05-18", 1, 0, 2],
    ]);
  });
});
