//! Writes a synthetic library as a bundle file, for load tests of the desktop app
//! (`scripts/measure-large-library.sh`):
//!
//!     cargo run --release -p roundbook-core --example synthetic_bundle -- 100000 out.json
//!
//! The same number of incidents always gives the same file (seed 7, as the library
//! benchmark uses).

use roundbook_core::exchange::synthetic;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(n), Some(out)) = (args.next(), args.next()) else {
        eprintln!("usage: synthetic_bundle INCIDENTS OUT.json");
        std::process::exit(2);
    };
    let Ok(n) = n.parse::<usize>() else {
        eprintln!("synthetic_bundle: INCIDENTS must be a whole number, not {n:?}");
        std::process::exit(2);
    };
    let json = synthetic::bundle(synthetic::Size::incidents(n), 7).to_json();
    if let Err(e) = std::fs::write(&out, &json) {
        eprintln!("synthetic_bundle: cannot write {out}: {e}");
        std::process::exit(1);
    }
    println!(
        "{n} incidents, {:.1} MB, written to {out}",
        json.len() as f64 / 1e6
    );
}
