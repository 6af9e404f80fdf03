//! Encrypted bundles: a bundle file sealed with a passphrase in the age format
//! (<https://age-encryption.org/v1>, scrypt recipient), so a copy on a USB stick or in an
//! e-mail is as safe as the encrypted library it came from. Any age tool can open it:
//! `age --decrypt file.roundbook.age`.

use std::path::Path;

use age::secrecy::SecretString;

use super::bundle::{Bundle, BundleError, MAX_BUNDLE_BYTES};
use crate::error::{Error, Result};

const AGE_MAGIC: &[u8] = b"age-encryption.org/v1";

/// Whether bytes are an age file (rather than a plain JSON bundle).
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// The scrypt work factor Roundbook seals with: N = 2^18 (256 MiB, about a second).
pub const WORK_FACTOR: u8 = 18;
/// The most work a sealed bundle may ask for: 2^20 (1 GiB, a few seconds), room for
/// other age programs that measure their own. More is refused before any work is done.
pub const MAX_WORK_FACTOR: u8 = 20;
/// A sealed bundle's header (its recipient stanzas) may be at most this long, with at most
/// `MAX_STANZAS` stanzas; Roundbook writes one.
const MAX_HEADER_BYTES: usize = 16 * 1024;
const MAX_STANZAS: usize = 8;

/// Seals bundle bytes with a passphrase.
pub fn seal(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    crate::crypto::check_passphrase(passphrase)?;
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    recipient.set_work_factor(WORK_FACTOR);
    age::encrypt(&recipient, bytes)
        .map_err(|e| Error::io("bundle encryption", std::io::Error::other(e.to_string())))
}

/// Refuses a sealed file whose header would cost too much to read: too long, or too many
/// recipient stanzas.
fn check_header(bytes: &[u8]) -> Result<(), BundleError> {
    let window = &bytes[..bytes.len().min(MAX_HEADER_BYTES + 4)];
    let end = window.windows(4).position(|w| w == b"\n---");
    let Some(end) = end else {
        return Err(BundleError::HostileSeal {
            reason: crate::m!("seal-header-too-long", max = MAX_HEADER_BYTES.to_string()),
        });
    };
    let stanzas = window[..end]
        .split(|&b| b == b'\n')
        .filter(|line| line.starts_with(b"-> "))
        .count();
    if stanzas > MAX_STANZAS {
        return Err(BundleError::HostileSeal {
            reason: crate::m!(
                "seal-too-many-stanzas",
                count = stanzas.to_string(),
                max = MAX_STANZAS.to_string()
            ),
        });
    }
    Ok(())
}

/// Opens sealed bytes with a passphrase.
pub fn unseal(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    check_header(bytes)?;
    let mut identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    identity.set_max_work_factor(MAX_WORK_FACTOR);
    let plain = age::decrypt(&identity, bytes).map_err(|e| match e {
        age::DecryptError::ExcessiveWork { required, .. } => BundleError::HostileSeal {
            reason: crate::m!(
                "seal-excessive-work",
                required = required.to_string(),
                max = MAX_WORK_FACTOR.to_string()
            ),
        },
        _ => BundleError::WrongPassphrase,
    })?;
    if plain.len() as u64 > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge {
            size: plain.len() as u64,
            max: MAX_BUNDLE_BYTES,
        }
        .into());
    }
    Ok(plain)
}

/// Reads a bundle file, sealed or not. A sealed file needs `passphrase`.
pub fn read_bundle_file(path: &Path, passphrase: Option<&str>) -> Result<Bundle> {
    let bytes = super::read_bundle_bytes(path)?;
    let plain = if is_sealed(&bytes) {
        let passphrase = passphrase.ok_or(BundleError::PassphraseRequired)?;
        unseal(&bytes, passphrase)?
    } else {
        bytes
    };
    Ok(Bundle::parse(&plain)?)
}
