//! Encryption at rest. A library with a passphrase is a SQLCipher database (AES-256,
//! HMAC-SHA512 per page). The key is derived from the passphrase with Argon2id — slow and
//! memory-hard, so guessing passphrases of a seized file is expensive — and a 16-byte
//! random salt, which SQLCipher keeps in the file's first 16 bytes (the only part of the
//! file that is not encrypted). A plain library starts with the SQLite header instead.

use std::io::Read;
use std::path::Path;

use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// What is at a library path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState {
    /// No file: opening creates a library.
    Missing,
    /// An empty file (e.g. created by a previous, interrupted first start).
    Empty,
    /// A plain SQLite file.
    Plain,
    /// Anything else of a database's size (whole pages): an encrypted library (or not a
    /// library at all, which its passphrase will tell).
    Encrypted,
    /// Neither SQLite nor whole pages: not a database at all.
    NotADatabase,
}

const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";
pub(crate) const SALT_LEN: usize = 16;

/// Argon2id parameters: 64 MiB, 3 passes, 1 lane (about half a second here).
const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
const ARGON2_PASSES: u32 = 3;

/// Looks at the first bytes of a library file.
pub fn file_state(path: &Path) -> Result<FileState> {
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileState::Missing),
        Err(e) => return Err(Error::io(path, e)),
    };
    let mut head = [0u8; 16];
    let mut read = 0;
    while read < head.len() {
        match f.read(&mut head[read..]).map_err(|e| Error::io(path, e))? {
            0 => break,
            n => read += n,
        }
    }
    let len = f.metadata().map_err(|e| Error::io(path, e))?.len();
    Ok(match read {
        0 => FileState::Empty,
        16 if &head == SQLITE_HEADER => FileState::Plain,
        _ if len >= 512 && len % 512 == 0 => FileState::Encrypted,
        _ => FileState::NotADatabase,
    })
}

/// The salt of an encrypted library file.
fn file_salt(path: &Path) -> Result<[u8; SALT_LEN]> {
    let mut salt = [0u8; SALT_LEN];
    let mut f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    f.read_exact(&mut salt).map_err(|e| Error::io(path, e))?;
    Ok(salt)
}

pub(crate) fn new_salt() -> Result<[u8; SALT_LEN]> {
    let mut salt = [0u8; SALT_LEN];
    getrandom::fill(&mut salt)
        .map_err(|e| Error::io("random numbers", std::io::Error::other(e.to_string())))?;
    Ok(salt)
}

/// Refuses passphrases nobody should rely on.
pub fn check_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < 8 {
        return Err(Error::WeakPassphrase);
    }
    Ok(())
}

/// The 32-byte database key for a passphrase and salt.
fn derive_key(passphrase: &str, salt: &[u8; SALT_LEN]) -> Result<Zeroizing<[u8; 32]>> {
    let params = argon2::Params::new(ARGON2_MEMORY_KIB, ARGON2_PASSES, 1, Some(32))
        .map_err(|e| Error::io("key derivation", std::io::Error::other(e.to_string())))?;
    let argon = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, key.as_mut())
        .map_err(|e| Error::io("key derivation", std::io::Error::other(e.to_string())))?;
    Ok(key)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A key derived from a passphrase, with the salt it was derived with.
pub(crate) struct RawKey {
    key: Zeroizing<[u8; 32]>,
    salt: [u8; SALT_LEN],
}

impl RawKey {
    /// The key of an existing encrypted file (its salt is read from the file).
    pub(crate) fn for_file(path: &Path, passphrase: &str) -> Result<RawKey> {
        let salt = file_salt(path)?;
        Ok(RawKey {
            key: derive_key(passphrase, &salt)?,
            salt,
        })
    }

    /// The key of a new encrypted file, with a fresh salt.
    pub(crate) fn new_file(passphrase: &str) -> Result<RawKey> {
        let salt = new_salt()?;
        Ok(RawKey {
            key: derive_key(passphrase, &salt)?,
            salt,
        })
    }

    /// SQLCipher's raw-key literal with the salt, `"x'<key><salt>'"`: opens an existing
    /// file made with this salt, and gives a new file this salt (so a backup made with it
    /// is page-for-page compatible with the original).
    pub(crate) fn literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!(
            "\"x'{}{}'\"",
            hex(self.key.as_ref()),
            hex(&self.salt)
        ))
    }

    /// Gives SQLCipher the key; must be the first statement on a connection. SQLCipher's
    /// own log (which would print a wrong key's failed checks on stderr) is silenced:
    /// the caller reports `Error::WrongPassphrase` instead.
    pub(crate) fn apply(&self, conn: &Connection) -> Result<()> {
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        conn.execute_batch(&format!("PRAGMA key = {};", self.literal().as_str()))?;
        Ok(())
    }
}
