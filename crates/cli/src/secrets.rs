//! Passphrases: from the environment (for scripts) or asked on the terminal, never echoed
//! and never taken from the command line (where other users could see them in `ps`).

use roundbook_core::m;
use zeroize::Zeroizing;

pub type Secret = Zeroizing<String>;

fn from_env(var: &str) -> Option<Secret> {
    std::env::var(var)
        .ok()
        .filter(|p| !p.is_empty())
        .map(Zeroizing::new)
}

/// Asks on the terminal after `prompt`; without a terminal, says that `$var` is needed.
fn ask(prompt: &str, var: &str) -> Result<Secret, String> {
    rpassword::prompt_password(format!("{prompt} "))
        .map(Zeroizing::new)
        .map_err(|_| m!("cli-passphrase-needed", var = format!("${var}")))
}

/// The passphrase of an existing library or bundle: `$var`, else asked once after
/// `prompt` ("Passphrase of the library:").
pub fn existing(var: &str, prompt: &str) -> Result<Secret, String> {
    match from_env(var) {
        Some(p) => Ok(p),
        None => ask(prompt, var),
    }
}

/// A new passphrase: `$var`, else asked twice, first after `prompt`.
pub fn new(var: &str, prompt: &str) -> Result<Secret, String> {
    if let Some(p) = from_env(var) {
        return Ok(p);
    }
    let first = ask(prompt, var)?;
    let second = ask(&m!("cli-prompt-passphrase-again"), var)?;
    if first != second {
        return Err(m!("cli-passphrases-differ"));
    }
    Ok(first)
}
