//! Encryption at rest: the library file is a SQLCipher database when it has a passphrase.

use rusqlite::Connection;

use crate::error::Result;

/// Gives SQLCipher the passphrase; must be the first statement on a connection.
pub(crate) fn apply_key(conn: &Connection, passphrase: &str) -> Result<()> {
    conn.pragma_update(None, "key", passphrase)?;
    Ok(())
}
