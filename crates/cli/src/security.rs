//! `roundbook encrypt | decrypt | rekey | backups | backup | restore`.

use std::path::Path;

use roundbook_core::crypto::{self, FileState};
use roundbook_core::model::Timestamp;
use roundbook_core::store::{self, backup, EncryptionReport};
use roundbook_core::{m, Library};

use crate::secrets;

pub const PASSPHRASE: &str = "ROUNDBOOK_PASSPHRASE";
pub const NEW_PASSPHRASE: &str = "ROUNDBOOK_NEW_PASSPHRASE";

/// Refuses a library file that does not exist (a command never creates one by accident).
pub fn require_library(path: &Path) -> Result<(), String> {
    if path.exists() {
        Ok(())
    } else {
        Err(m!("cli-no-library", path = path.display().to_string()))
    }
}

fn say(report: EncryptionReport) {
    if report.backups_converted > 0 {
        println!(
            "  {}",
            m!("cli-backups-converted", count = report.backups_converted)
        );
    }
    if report.backups_skipped > 0 {
        println!(
            "  {}",
            m!("cli-backups-skipped", count = report.backups_skipped)
        );
    }
}

pub fn encrypt(path: &Path) -> Result<(), String> {
    require_library(path)?;
    if crypto::file_state(path).map_err(|e| e.to_string())? == FileState::Encrypted {
        return Err(m!("cli-already-encrypted"));
    }
    let pass = secrets::new(PASSPHRASE, &m!("cli-prompt-new-passphrase-library"))?;
    let report = store::encrypt(path, &pass).map_err(|e| e.to_string())?;
    println!("{}", m!("cli-encrypted", path = path.display().to_string()));
    say(report);
    Ok(())
}

pub fn decrypt(path: &Path) -> Result<(), String> {
    require_library(path)?;
    if crypto::file_state(path).map_err(|e| e.to_string())? != FileState::Encrypted {
        return Err(m!("cli-not-encrypted"));
    }
    let pass = secrets::existing(PASSPHRASE, &m!("cli-prompt-passphrase-library"))?;
    let report = store::decrypt(path, &pass).map_err(|e| e.to_string())?;
    println!("{}", m!("cli-decrypted", path = path.display().to_string()));
    say(report);
    Ok(())
}

pub fn rekey(path: &Path) -> Result<(), String> {
    require_library(path)?;
    if crypto::file_state(path).map_err(|e| e.to_string())? != FileState::Encrypted {
        return Err(m!("cli-not-encrypted-rekey"));
    }
    let old = secrets::existing(PASSPHRASE, &m!("cli-prompt-passphrase-library"))?;
    // Check the old passphrase before asking for a new one.
    drop(Library::open(path, Some(&old)).map_err(|e| e.to_string())?);
    let new = secrets::new(NEW_PASSPHRASE, &m!("cli-prompt-new-passphrase-library"))?;
    let report = store::rekey(path, &old, &new).map_err(|e| e.to_string())?;
    println!("{}", m!("cli-rekeyed", path = path.display().to_string()));
    say(report);
    Ok(())
}

pub fn list_backups(path: &Path) -> Result<(), String> {
    let backups = backup::list(path).map_err(|e| e.to_string())?;
    if backups.is_empty() {
        println!(
            "{}",
            m!(
                "cli-no-backups",
                path = path.display().to_string(),
                dir = backup::dir_for(path).display().to_string()
            )
        );
    }
    for b in backups {
        let when = chrono::DateTime::from_timestamp(b.modified, 0)
            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default();
        println!(
            "{}",
            m!(
                "cli-backup-line",
                when = when,
                size = format!("{:>9}", b.bytes),
                path = &b.path
            )
        );
    }
    Ok(())
}

pub fn backup_now(lib: &Library, now: Timestamp) -> Result<(), String> {
    let label = now.utc().format("%Y%m%dT%H%M%SZ-manual").to_string();
    let dest = lib.backup_now(&label).map_err(|e| e.to_string())?;
    println!("{}", m!("cli-backed-up", path = dest.display().to_string()));
    Ok(())
}

pub fn restore(path: &Path, from: &Path, now: Timestamp) -> Result<(), String> {
    let needs_pass = crypto::file_state(from).map_err(|e| e.to_string())? == FileState::Encrypted
        || crypto::file_state(path).map_err(|e| e.to_string())? == FileState::Encrypted;
    let pass = if needs_pass {
        Some(secrets::existing(
            PASSPHRASE,
            &m!("cli-prompt-passphrase-backup"),
        )?)
    } else {
        None
    };
    backup::restore(path, from, pass.as_deref().map(|s| s.as_str()), now)
        .map_err(|e| e.to_string())?;
    println!(
        "{}",
        m!(
            "cli-restored",
            path = path.display().to_string(),
            backup = from.display().to_string()
        )
    );
    Ok(())
}
