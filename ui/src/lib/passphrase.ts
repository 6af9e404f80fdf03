// A new passphrase, typed twice. The core refuses short ones too (`weak_passphrase`); the
// form says so before anything is sent.

export const MIN_PASSPHRASE = 8;

/** The first problem with a new passphrase and its repetition, or null. */
export function newPassphraseProblem(passphrase: string, repeat: string): { field: "passphrase" | "repeat"; message: string } | null {
  if ([...passphrase].length < MIN_PASSPHRASE) {
    return { field: "passphrase", message: `Use at least ${MIN_PASSPHRASE} characters (a few unrelated words are best).` };
  }
  if (passphrase !== repeat) {
    return { field: "repeat", message: "The two passphrases are not the same." };
  }
  return null;
}
