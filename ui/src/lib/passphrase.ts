// A new passphrase, typed twice. The core refuses short ones too (`weak_passphrase`); the
// form says so before anything is sent.
import { t } from "./i18n.svelte";

export const MIN_PASSPHRASE = 8;

/** The first problem with a new passphrase and its repetition, or null. */
export function newPassphraseProblem(passphrase: string, repeat: string): { field: "passphrase" | "repeat"; message: string } | null {
  if ([...passphrase].length < MIN_PASSPHRASE) {
    return { field: "passphrase", message: t("passphrase-too-short", { min: MIN_PASSPHRASE }) };
  }
  if (passphrase !== repeat) {
    return { field: "repeat", message: t("passphrase-not-the-same") };
  }
  return null;
}
