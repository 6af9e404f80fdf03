import { describe, expect, it } from "vitest";
import { cleaned } from "./translations";

describe("cleaned translations", () => {
  it("drops empty texts, empty languages and the record's own language", () => {
    expect(
      cleaned(
        {
          ru: { title: "Политическое участие", summary: "  " },
          kk: { title: "" },
          en: { title: "Political participation" },
        },
        "en",
      ),
    ).toEqual({ ru: { title: "Политическое участие" } });
  });
  it("keeps nothing from nothing", () => {
    expect(cleaned({}, "ru")).toEqual({});
  });
});
