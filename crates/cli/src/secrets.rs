//! Passphrases: from the environment (for scripts) or asked on the terminal, never echoed
//! and never taken from the command line (where other users could see them in `ps`).

use zeroize::Zeroizing;

pub type Secret = Zeroizing<String>;

fn from_env(var: &str) -> Option<Secret> {
    std::env::var(var)
        .ok()
        .filter(|p| !p.is_empty())
        .map(Zeroizing::new)
}

fn ask(prompt: &str) -> Result<Secret, String> {
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .map_err(|_| {
            "a passphrase is needed: set the environment variable or run this in a terminal"
                .to_string()
        })
}

/// The passphrase of an existing library or bundle: `$var`, else asked once.
pub fn existing(var: &str, what: &str) -> Result<Secret, String> {
    match from_env(var) {
        Some(p) => Ok(p),
        None => ask(&format!("Passphrase of {what}: "))
            .map_err(|e| e.replace("the environment variable", &format!("${var}"))),
    }
}

/// A new passphrase: `$var`, else asked twice.
pub fn new(var: &str, what: &str) -> Result<Secret, String> {
    if let Some(p) = from_env(var) {
        return Ok(p);
    }
    let first = ask(&format!("New passphrase for {what}: "))
        .map_err(|e| e.replace("the environment variable", &format!("${var}")))?;
    let second = ask("The same passphrase again: ")?;
    if first != second {
        return Err("the two passphrases differ; nothing was changed".into());
    }
    Ok(first)
}
