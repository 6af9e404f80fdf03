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

/// Seals bundle bytes with a passphrase.
pub fn seal(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    crate::crypto::check_passphrase(passphrase)?;
    let recipient = age::scrypt::Recipient::new(SecretString::from(passphrase.to_owned()));
    age::encrypt(&recipient, bytes)
        .map_err(|e| Error::io("bundle encryption", std::io::Error::other(e.to_string())))
}

/// Opens sealed bytes with a passphrase.
pub fn unseal(bytes: &[u8], passphrase: &str) -> Result<Vec<u8>> {
    let identity = age::scrypt::Identity::new(SecretString::from(passphrase.to_owned()));
    let plain = age::decrypt(&identity, bytes).map_err(|_| BundleError::WrongPassphrase)?;
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
