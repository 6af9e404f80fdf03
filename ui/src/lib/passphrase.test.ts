import { describe, expect, it } from "vitest";
import { newPassphraseProblem } from "./passphrase";

describe("a new passphrase", () => {
  it("needs 8 characters, counted as characters (not bytes)", () => {
    expect(newPassphraseProblem("short", "short")?.field).toBe("passphrase");
    expect(newPassphraseProblem("жаңаөзен", "жаңаөзен")).toBeNull();
  });
  it("must be typed the same twice", () => {
    expect(newPassphraseProblem("correct horse", "correct hose")).toEqual({
      field: "repeat",
      message: "The two passphrases are not the same.",
    });
    expect(newPassphraseProblem("correct horse", "correct horse")).toBeNull();
  });
});
