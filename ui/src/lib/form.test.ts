import { describe, expect, it } from "vitest";
import { ApiError } from "../api";
import { fieldKey, fromValues, isDirty, placeErrors, toValues, unchosen, type FieldSpec } from "./form";

const specs: FieldSpec[] = [
  { name: "title", label: "Title", type: "text", required: true },
  { name: "occurred_on", label: "Date", type: "fuzzydate", required: true },
  { name: "summary", label: "Summary", type: "textarea" },
  { name: "people", label: "People", type: "lines" },
  { name: "source_ids", label: "Sources", type: "multi" },
  { name: "verification", label: "Verification", type: "select", allowEmpty: true },
  { name: "position", label: "Position", type: "number" },
];
const normalise = { date: (s: string) => s, fuzzy: (s: string) => s.replace("Jan ", "") + (s.startsWith("Jan") ? "-01" : "") };

describe("record ↔ form values", () => {
  it("fills a form from a record", () => {
    const v = toValues(specs, { title: "T", occurred_on: "2012", people: ["a", "b"], source_ids: ["s1"], position: 3 });
    expect(v).toEqual({
      title: "T",
      occurred_on: "2012",
      summary: "",
      people: "a\nb",
      source_ids: ["s1"],
      verification: "",
      position: "3",
    });
  });

  it("makes a record: empty optional fields absent, lists split, dates normalised, base kept", () => {
    const values = toValues(specs, {});
    values.title = "  Protest  ";
    values.occurred_on = "Jan 2012";
    values.people = "  Ana \n\n Bo ";
    values.position = "2";
    const rec = fromValues(specs, values, { id: "x", sensitivity: "public", summary: "old" }, normalise);
    expect(rec).toEqual({
      id: "x",
      sensitivity: "public",
      title: "Protest",
      occurred_on: "2012-01",
      people: ["Ana", "Bo"],
      position: 2,
    });
  });

  it("keeps an empty required field for the core to name", () => {
    const rec = fromValues(specs, toValues(specs, {}), {}, normalise);
    expect(rec.title).toBe("");
  });

  it("notices changes", () => {
    const a = toValues(specs, { title: "A" });
    expect(isDirty(a, { ...a })).toBe(false);
    expect(isDirty(a, { ...a, title: "B" })).toBe(true);
  });
});

describe("placing errors", () => {
  it("maps list items to their list field", () => {
    expect(fieldKey("source_ids[2]")).toBe("source_ids");
    expect(fieldKey("title")).toBe("title");
  });

  it("puts each problem beside its field and the rest on top", () => {
    const e = new ApiError({
      code: "invalid",
      message: "is empty",
      field: "title",
      problems: [
        { field: "title", message: "is empty" },
        { field: "source_ids[0]", message: "is listed twice" },
        { field: "concern_area_id", message: "is empty" },
      ],
    });
    const placed = placeErrors(e, ["title", "source_ids"]);
    expect(placed.byField).toEqual({ title: "is empty", source_ids: "is listed twice" });
    expect(placed.general).toBe("concern area id: is empty");
  });

  it("shows an error without a field on top", () => {
    const placed = placeErrors(new ApiError({ code: "in_use", message: "cannot delete" }), ["title"]);
    expect(placed).toEqual({ byField: {}, general: "cannot delete" });
  });
});

describe("required choices", () => {
  const choices: FieldSpec[] = [
    { name: "consent", label: "Consent", type: "radio", required: true, options: [{ value: "named", label: "Named" }] },
    { name: "status", label: "Status", type: "select", required: true, allowEmpty: true, options: [{ value: "detained", label: "Detained" }] },
    { name: "kind", label: "Kind", type: "select", allowEmpty: true, options: [{ value: "pledge", label: "Pledge" }] },
    { name: "round", label: "Round", type: "select", required: true, options: [{ value: "r1", label: "Round 1" }] },
  ];

  it("names the required radios and the required selects with an empty choice left unmade", () => {
    expect(unchosen(choices, { consent: "", status: "", kind: "", round: "" })).toEqual(["consent", "status"]);
    expect(unchosen(choices, { consent: "named", status: "detained", kind: "", round: "" })).toEqual([]);
  });
});
