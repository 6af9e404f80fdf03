//! `roundbook encrypt | decrypt | rekey | backups | backup | restore`.

use std::path::Path;

use roundbook_core::crypto::{self, FileState};
use roundbook_core::model::Timestamp;
use roundbook_core::store::{self, backup, EncryptionReport};
use roundbook_core::Library;

use crate::secrets;

pub const PASSPHRASE: &str = "ROUNDBOOK_PASSPHRASE";
pub const NEW_PASSPHRASE: &str = "ROUNDBOOK_NEW_PASSPHRASE";

fn require_library(path: &Path) -> Result<(), String> {
    if path.exists() {
        Ok(())
    } else {
        Err(format!(
            "no library at {} (create one with `roundbook init`)",
            path.display()
        ))
    }
}

fn say(report: EncryptionReport) {
    if report.backups_converted > 0 {
        println!(
            "  {} backup(s) converted the same way",
            report.backups_converted
        );
    }
    if report.backups_skipped > 0 {
        println!(
            "  {} backup(s) did not open with this passphrase (made before an earlier change) and were left as they are",
            report.backups_skipped
        );
    }
}

pub fn encrypt(path: &Path) -> Result<(), String> {
    require_library(path)?;
    if crypto::file_state(path).map_err(|e| e.to_string())? == FileState::Encrypted {
        return Err(
            "this library is already encrypted (to change its passphrase: roundbook rekey)".into(),
        );
    }
    let pass = secrets::new(PASSPHRASE, "the library")?;
    let report = store::encrypt(path, &pass).map_err(|e| e.to_string())?;
    println!("encrypted {}", path.display());
    say(report);
    Ok(())
}

pub fn decrypt(path: &Path) -> Result<(), String> {
    require_library(path)?;
    if crypto::file_state(path).map_err(|e| e.to_string())? != FileState::Encrypted {
        return Err("this library is not encrypted".into());
    }
    let pass = secrets::existing(PASSPHRASE, "the library")?;
    let report = store::decrypt(path, &pass).map_err(|e| e.to_string())?;
    println!("decrypted {}", path.display());
    say(report);
    Ok(())
}

pub fn rekey(path: &Path) -> Result<(), String> {
    require_library(path)?;
    if crypto::file_state(path).map_err(|e| e.to_string())? != FileState::Encrypted {
        return Err("this library is not encrypted (to encrypt it: roundbook encrypt)".into());
    }
    let old = secrets::existing(PASSPHRASE, "the library")?;
    // Check the old passphrase before asking for a new one.
    drop(Library::open(path, Some(&old)).map_err(|e| e.to_string())?);
    let new = secrets::new(NEW_PASSPHRASE, "the library")?;
    let report = store::rekey(path, &old, &new).map_err(|e| e.to_string())?;
    println!("changed the passphrase of {}", path.display());
    say(report);
    Ok(())
}

pub fn list_backups(path: &Path) -> Result<(), String> {
    let backups = backup::list(path).map_err(|e| e.to_string())?;
    if backups.is_empty() {
        println!(
            "no backups of {} (they are kept in {})",
            path.display(),
            backup::dir_for(path).display()
        );
    }
    for b in backups {
        let when = chrono::DateTime::from_timestamp(b.modified, 0)
            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default();
        println!("{when}  {:>9} bytes  {}", b.bytes, b.path);
    }
    Ok(())
}

pub fn backup_now(lib: &Library, now: Timestamp) -> Result<(), String> {
    let label = now.utc().format("%Y%m%dT%H%M%SZ-manual").to_string();
    let dest = lib.backup_now(&label).map_err(|e| e.to_string())?;
    println!("backed up to {}", dest.display());
    Ok(())
}

pub fn restore(path: &Path, from: &Path, now: Timestamp) -> Result<(), String> {
    let needs_pass = crypto::file_state(from).map_err(|e| e.to_string())? == FileState::Encrypted
        || crypto::file_state(path).map_err(|e| e.to_string())? == FileState::Encrypted;
    let pass = if needs_pass {
        Some(secrets::existing(PASSPHRASE, "the backup")?)
    } else {
        None
    };
    backup::restore(path, from, pass.as_deref().map(|s| s.as_str()), now)
        .map_err(|e| e.to_string())?;
    println!(
        "restored {} from {} (the library as it was is kept among the backups)",
        path.display(),
        from.display()
    );
    Ok(())
}
