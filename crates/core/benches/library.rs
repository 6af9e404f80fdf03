//! Release benchmarks of the library and of pack generation on synthetic data:
//!   cargo bench -p roundbook-core --bench library
//! Prints one line per measurement; docs/benchmarks.md records the figures.
//! Not a test: nothing here fails on a slow machine.

use std::time::{Duration, Instant};

use roundbook_core::exchange::{demo, synthetic, Bundle};
use roundbook_core::i18n::Language;
use roundbook_core::model::Timestamp;
use roundbook_core::pack::{self, Audience, Paper, Selection};
use roundbook_core::Library;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Resets the process's peak RSS (Linux), so the next reading is the peak of what follows.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The CPU time this process has used so far, on all its threads (user + system, in clock
/// ticks of 10 ms), from `/proc/self/stat`: unlike the wall clock it does not count the
/// time other programs on the machine held the CPU. All threads, because the PDF writer
/// spreads pages and fonts over several: the main thread's share of that work varies
/// from run to run.
fn cpu_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    field(11) + field(12)
}

/// Peak RSS since the last reset, in MiB.
fn peak_mib() -> f64 {
    status_mib("VmHWM:")
}

/// RSS now, in MiB.
fn rss_mib() -> f64 {
    status_mib("VmRSS:")
}

fn status_mib(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

fn main() {
    let only: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wants = |name: &str| only.as_deref().is_none_or(|o| name.contains(o));
    let dir = tempfile::tempdir().expect("temp dir");
    if wants("import") || wants("search") {
        import_and_search(dir.path());
    }
    if wants("pack") {
        packs();
    }
    if wants("cases") {
        cases_in_the_500_page_pack();
    }
    if wants("changes") {
        changes_and_charts_in_the_500_page_pack();
    }
    if wants("first-pages") {
        first_pages_of_long_packs();
    }
}

/// The builder's pages of a long pack (`Prepared::pages_first_pages_first`): from the
/// library to the first pages' PDF, and to the whole PDF, against rendering the pack
/// whole as before (`prepare_pack` + `Prepared::render`); runs interleaved.
fn first_pages_of_long_packs() {
    let sel = Selection {
        round_id: "round-11".into(),
        audience: Audience::Internal,
        since: Some("2010-01-01".parse().unwrap()),
        ..Default::default()
    };
    for target in [100usize, 500] {
        let (n, lib) = library_for_pages(target);
        let (mut first, mut whole, mut before) = (Vec::new(), Vec::new(), Vec::new());
        let mut pages = (0, 0);
        for _ in 0..9 {
            lib.forget_assembled_packs();
            let t = Instant::now();
            let prepared = lib.prepare_pack(&sel, Paper::A4, at()).expect("prepare");
            let mut at_first = None;
            let p = prepared
                .pages_first_pages_first(
                    &mut |head| at_first = Some((t.elapsed(), head.pdf.len())),
                    &|| false,
                )
                .expect("pages");
            whole.push(t.elapsed());
            let (f, bytes) = at_first.expect("a long pack comes first pages first");
            first.push(f);
            pages = (p.page_count, bytes);
            lib.forget_assembled_packs();
            let t = Instant::now();
            let prepared = lib.prepare_pack(&sel, Paper::A4, at()).expect("prepare");
            prepared.render().expect("render");
            before.push(t.elapsed());
        }
        println!(
            "builder's pages, synthetic pack of {n} incidents, {} pages: first {} pages after median {:.0} ms ({} KB), the whole after {:.0} ms; rendered whole at once: {:.0} ms",
            pages.0,
            pack::FIRST_PAGES,
            ms(median(first)),
            pages.1 / 1024,
            ms(median(whole)),
            ms(median(before))
        );
    }
}

/// What the part "Changes since our last briefing" and the charts add to the 500-page
/// pack: the pack compared with the one handed over at the previous round (after an
/// outcome was recorded for each earlier round and 200 incidents were edited), against
/// the same pack with no changes part and its figures taken out of the document. Runs
/// interleaved; the time is from the library to the PDF's bytes.
fn changes_and_charts_in_the_500_page_pack() {
    use roundbook_core::model::{AskRaised, AskResult, Incident, RoundOutcome, Sensitivity};
    use roundbook_typeset as ts;
    let (n, mut lib) = library_for_pages(500);
    let asks: Vec<String> = lib
        .list::<roundbook_core::model::Ask>()
        .expect("asks")
        .into_iter()
        .map(|a| a.id)
        .collect();
    for r in 0..11 {
        let id = format!("outcome-{r}");
        lib.create(
            RoundOutcome {
                id: id.clone(),
                round_id: format!("round-{r}"),
                statement_on: None,
                statement_quote: Some("The EU raised human rights at length.".into()),
                statement_url: None,
                source_ids: vec![],
                debrief: Some("Officials were frank.".into()),
                debrief_sensitivity: Sensitivity::Restricted,
                illustrative: None,
                language: None,
                translations: Default::default(),
                updated_at: None,
            },
            at(),
        )
        .expect("outcome");
        for (k, ask) in asks.iter().enumerate() {
            let result = [
                AskRaised::Raised,
                AskRaised::PartlyRaised,
                AskRaised::NotRaised,
                AskRaised::Unknown,
            ][(k + r) % 4];
            lib.create(
                AskResult {
                    id: format!("{id}-{k}"),
                    outcome_id: id.clone(),
                    ask_id: ask.clone(),
                    result,
                    evidence: None,
                    source_ids: vec![],
                    sensitivity: Sensitivity::Public,
                    illustrative: None,
                    language: None,
                    translations: Default::default(),
                    updated_at: None,
                },
                at(),
            )
            .expect("result");
        }
    }
    let earlier = Selection {
        round_id: "round-10".into(),
        audience: Audience::Internal,
        since: Some("2010-01-01".parse().unwrap()),
        ..Default::default()
    };
    let p = lib.assemble_pack(&earlier).expect("assemble");
    let options = pack::options_for(&p, Paper::A4, at());
    let r = pack::render(&p, &options).expect("render");
    lib.record_pack(&p, &options, &r, None).expect("record");
    let incidents: Vec<Incident> = lib.list::<Incident>().expect("incidents");
    for mut i in incidents.into_iter().step_by(7).take(200) {
        i.summary = Some(format!("{} Updated.", i.summary.unwrap_or_default()));
        lib.update(i, at()).expect("update");
    }
    let with = Selection {
        round_id: "round-11".into(),
        ..earlier.clone()
    };
    let without = Selection {
        compare: pack::Compare::Nothing,
        ..with.clone()
    };
    let (mut times, mut cpu, mut pages) = ([Vec::new(), Vec::new()], [0u64; 2], [0usize; 2]);
    let mut changed = 0;
    for i in 0..12 {
        let k = i % 2;
        let t = Instant::now();
        let ticks = cpu_ticks();
        let p = lib
            .assemble_pack(if k == 0 { &without } else { &with })
            .expect("assemble");
        let mut doc = pack::document(&p, &pack::options_for(&p, Paper::A4, at()));
        if k == 0 {
            doc.body.retain(|b| !matches!(b, ts::Block::Figure(_)));
        } else if let Some(c) = &p.changes {
            changed = c.incidents.len() + c.benchmarks.len() + c.asks.len();
        }
        let r = ts::render(&doc).expect("render");
        times[k].push(t.elapsed());
        cpu[k] += cpu_ticks() - ticks;
        pages[k] = r.page_count;
    }
    let [a, b] = times;
    let (a, b) = (median(a), median(b));
    println!(
        "500-page pack ({n} incidents), changes part ({changed} changes) and charts: {} pages, median {:.0} ms, against {} pages, {:.0} ms without: {:.3}× wall, {:.3}× CPU",
        pages[1],
        ms(b),
        pages[0],
        ms(a),
        b.as_secs_f64() / a.as_secs_f64(),
        cpu[1] as f64 / cpu[0].max(1) as f64
    );
}

fn import_and_search(dir: &std::path::Path) {
    let n = 100_000;
    let bundle = synthetic::bundle(synthetic::Size::incidents(n), 7);
    let json = bundle.to_json();
    println!(
        "synthetic bundle: {n} incidents, {} records, {:.1} MB of JSON",
        bundle.records.len(),
        json.len() as f64 / 1e6
    );

    let path = dir.join("bench.roundbook");
    let mut lib = Library::open(&path, None).expect("open");
    reset_peak();
    let t = Instant::now();
    let parsed = Bundle::parse(&json).expect("parse");
    let parse_time = t.elapsed();
    let report = lib.import_bundle(&parsed).expect("import");
    let total = t.elapsed();
    println!(
        "import {n} incidents into a new library file (parse + validate + insert + FTS index, one transaction): {:.2} s (parse {:.2} s), {} records, peak RSS {:.0} MiB",
        total.as_secs_f64(),
        parse_time.as_secs_f64(),
        report.inserted,
        peak_mib()
    );
    let t = Instant::now();
    let again = lib.import_bundle(&parsed).expect("re-import");
    println!(
        "re-import of the same bundle (all unchanged): {:.2} s, {} unchanged",
        t.elapsed().as_secs_f64(),
        again.unchanged
    );

    for (label, query) in [
        (
            "selective search (rare word, ~0.1% of incidents)",
            synthetic::RARE[0],
        ),
        ("selective search, Cyrillic, two words", "Жаңаөзен үкім"),
        ("broad search (common word, first 50 hits)", "protest"),
    ] {
        let mut times = Vec::new();
        let mut hits = 0;
        for _ in 0..200 {
            let t = Instant::now();
            hits = lib.search(query, None, 50).expect("search").len();
            times.push(t.elapsed());
        }
        println!(
            "{label} {query:?}: median {:.2} ms over 200 runs, {hits} hits",
            ms(median(times))
        );
    }
    let t = Instant::now();
    let page = lib
        .incidents(&roundbook_core::store::IncidentFilter {
            text: Some("Saryarqa".into()),
            limit: Some(50),
            ..Default::default()
        })
        .expect("filter");
    println!(
        "incident filter by text (one page of 50): {:.2} ms, {} total",
        ms(t.elapsed()),
        page.total
    );
    incident_pages(&lib);
}

/// What the app's incidents screen asks for: the first page (and a far page) of the whole
/// library by date, and a page for each keystroke of words typed into its search box.
fn incident_pages(lib: &Library) {
    use roundbook_core::store::{IncidentFilter, IncidentSort};
    let page = |filter: IncidentFilter| {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..9 {
            let t = Instant::now();
            total = lib.incidents(&filter).expect("page").total;
            times.push(t.elapsed());
        }
        (median(times), total)
    };
    for (label, sort, offset) in [
        ("newest first, page 1", IncidentSort::DateDescending, 0),
        ("oldest first, page 1", IncidentSort::DateAscending, 0),
        (
            "newest first, page 1000",
            IncidentSort::DateDescending,
            49_950,
        ),
    ] {
        let (t, total) = page(IncidentFilter {
            sort,
            limit: Some(50),
            offset,
            ..Default::default()
        });
        println!(
            "incidents screen, {label} of 50 (of {total}): median {:.2} ms",
            ms(t)
        );
    }
    for word in ["protest", "Жаңаөзен", synthetic::RARE[0]] {
        let mut typed = String::new();
        let mut line = Vec::new();
        let mut worst = std::time::Duration::ZERO;
        for ch in word.chars() {
            typed.push(ch);
            let (t, total) = page(IncidentFilter {
                text: Some(typed.clone()),
                sort: IncidentSort::DateDescending,
                limit: Some(50),
                ..Default::default()
            });
            worst = worst.max(t);
            line.push(format!("{:.1} ({total})", ms(t)));
        }
        println!(
            "incidents screen, each keystroke of {word:?}, first page of 50 newest first: worst {:.1} ms; ms (matches): {}",
            ms(worst),
            line.join(", ")
        );
    }
}

fn at() -> Timestamp {
    "2013-01-02T09:00:00Z".parse().expect("valid")
}

fn packs() {
    // The demo pack: library to bytes.
    let mut lib = Library::open_in_memory().expect("library");
    lib.import_bundle(&demo::demo_bundle()).expect("demo");
    let sel = Selection {
        round_id: "round-eu-kz-3".into(),
        audience: Audience::External,
        ..Default::default()
    };
    let mut times = Vec::new();
    let mut pages = 0;
    let mut bytes = 0;
    for _ in 0..30 {
        let t = Instant::now();
        let p = lib.assemble_pack(&sel).expect("assemble");
        let r = pack::render(&p, &pack::options_for(&p, Paper::A4, at())).expect("render");
        times.push(t.elapsed());
        pages = r.page_count;
        bytes = r.pdf.len();
    }
    println!("demo pack (round 3, external), library to PDF bytes: median {:.1} ms over 30 runs, {pages} pages, {} KB", ms(median(times)), bytes / 1024);
    english_against_russian(&lib, &sel, 40, "demo pack");

    // Synthetic packs of about 100 and 500 pages: find the incident count by layout.
    for target in [100usize, 500] {
        let (n, lib) = library_for_pages(target);
        let sel = Selection {
            round_id: "round-11".into(),
            audience: Audience::Internal,
            since: Some("2010-01-01".parse().unwrap()),
            ..Default::default()
        };
        let mut times = Vec::new();
        let mut result = None;
        reset_peak();
        let before = rss_mib();
        for _ in 0..5 {
            // One pack at a time, as in the app: the last one's PDF is not kept meanwhile.
            drop(result.take());
            let t = Instant::now();
            let p = lib.assemble_pack(&sel).expect("assemble");
            let r = pack::render(&p, &pack::options_for(&p, Paper::A4, at())).expect("render");
            times.push(t.elapsed());
            result = Some(r);
        }
        let r = result.expect("rendered");
        let m = median(times);
        println!(
            "synthetic pack, {n} incidents: {} pages, median {:.0} ms ({:.2} ms/page), {} KB, peak RSS {:.0} MiB ({:.0} MiB before the first pack: the library, the fonts and what earlier benchmarks freed)",
            r.page_count,
            ms(m),
            ms(m) / r.page_count as f64,
            r.pdf.len() / 1024,
            peak_mib(),
            before
        );
        english_against_russian(&lib, &sel, 20, &format!("synthetic pack, {n} incidents"));
        let translated = translated_library(n);
        english_against_russian(
            &translated,
            &sel,
            20,
            &format!("synthetic pack, {n} incidents, every text translated"),
        );
        // The readiness check over the same assembled pack, against rendering it.
        let p = lib.assemble_pack(&sel).expect("assemble");
        let (mut check_times, mut render_times) = (Vec::new(), Vec::new());
        let mut found = 0;
        for _ in 0..5 {
            let t = Instant::now();
            found = pack::check(&p, "2013-01-02".parse().unwrap()).len();
            check_times.push(t.elapsed());
            let t = Instant::now();
            pack::render(&p, &pack::options_for(&p, Paper::A4, at())).expect("render");
            render_times.push(t.elapsed());
        }
        let (c, rt) = (median(check_times), median(render_times));
        println!(
            "readiness check of that pack: median {:.1} ms ({found} findings) vs rendering it {:.0} ms: {:.1} % of the render",
            ms(c),
            ms(rt),
            100.0 * c.as_secs_f64() / rt.as_secs_f64()
        );
        // What the builder shows beside the pages (`preview_pack`: assembled twice, the
        // readiness check, the candidates; nothing laid out), and what it sends the window.
        let mut preview_times = Vec::new();
        let mut sent = 0;
        for _ in 0..5 {
            lib.forget_assembled_packs();
            let t = Instant::now();
            let preview = lib
                .preview_pack(&sel, "2013-01-02".parse().unwrap())
                .expect("preview");
            preview_times.push(t.elapsed());
            sent = serde_json::to_vec(&preview).expect("json").len();
        }
        let pt = median(preview_times);
        println!(
            "the builder's preview of that pack: median {:.0} ms ({:.0} % of the render), {} KB of JSON to the window",
            ms(pt),
            100.0 * pt.as_secs_f64() / rt.as_secs_f64(),
            sent / 1024
        );
    }
}

/// The same selection in English and in Russian, runs interleaved so that the machine's
/// load affects both alike: the medians and their ratio.
fn english_against_russian(lib: &Library, sel: &Selection, runs: usize, what: &str) {
    let (mut en, mut ru) = (Vec::new(), Vec::new());
    let mut cpu = (0u64, 0u64);
    let mut pages = (0, 0);
    for i in 0..runs * 2 {
        let language = if i % 2 == 0 {
            Language::En
        } else {
            Language::Ru
        };
        let sel = Selection {
            language,
            ..sel.clone()
        };
        let t = Instant::now();
        let ticks = cpu_ticks();
        let p = lib.assemble_pack(&sel).expect("assemble");
        let r = pack::render(&p, &pack::options_for(&p, Paper::A4, at())).expect("render");
        let d = t.elapsed();
        let ticks = cpu_ticks() - ticks;
        if language == Language::En {
            en.push(d);
            cpu.0 += ticks;
            pages.0 = r.page_count;
        } else {
            ru.push(d);
            cpu.1 += ticks;
            pages.1 = r.page_count;
        }
    }
    // The fastest run is the one least disturbed by the rest of the machine: on a shared
    // machine its ratio is the steadier figure; the medians are printed beside it.
    let (en_min, ru_min) = (
        en.iter().min().copied().unwrap_or_default(),
        ru.iter().min().copied().unwrap_or_default(),
    );
    let (en, ru) = (median(en), median(ru));
    println!(
        "{what} in English: median {:.1} ms, fastest {:.1} ms ({} pages); in Russian: median {:.1} ms, fastest {:.1} ms ({} pages): Russian/English = {:.3} (medians), {:.3} (fastest); per page {:.3} / {:.3}",
        ms(en),
        ms(en_min),
        pages.0,
        ms(ru),
        ms(ru_min),
        pages.1,
        ru.as_secs_f64() / en.as_secs_f64(),
        ru_min.as_secs_f64() / en_min.as_secs_f64(),
        per_page(ru, pages.1) / per_page(en, pages.0),
        per_page(ru_min, pages.1) / per_page(en_min, pages.0)
    );
    println!(
        "{what}, CPU time of all runs (10 ms ticks): English {} , Russian {}: Russian/English = {:.3}",
        cpu.0,
        cpu.1,
        cpu.1 as f64 / cpu.0.max(1) as f64
    );
}

fn per_page(d: Duration, pages: usize) -> f64 {
    d.as_secs_f64() / pages.max(1) as f64
}

/// The 500-page pack from a library without cases and from the same library with 10 000
/// cases of 5 timeline entries each, 1 % of them linked to the pack's areas (the rest to
/// another negotiation's): runs interleaved, CPU time compared.
fn cases_in_the_500_page_pack() {
    let (n, base) = library_for_pages(500);
    let mut with_cases = Library::open_in_memory().expect("library");
    with_cases
        .import_bundle(&synthetic_bundle(n))
        .expect("import");
    let t = Instant::now();
    with_cases
        .import_bundle(&synthetic::cases(synthetic_size(n), 10_000, 5, 1, 7))
        .expect("cases");
    println!(
        "10 000 cases of 5 entries imported as a bundle in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    // Where the time goes: reading and assembling, rendering.
    for (what, lib) in [("without cases", &base), ("with cases", &with_cases)] {
        let sel = Selection {
            round_id: "round-11".into(),
            audience: Audience::External,
            since: Some("2010-01-01".parse().unwrap()),
            ..Default::default()
        };
        let t = Instant::now();
        let p = lib.assemble_pack(&sel).expect("assemble");
        let assembled = t.elapsed();
        let t = Instant::now();
        pack::render(&p, &pack::options_for(&p, Paper::A4, at())).expect("render");
        println!(
            "  external, {what}: reading and assembling {:.0} ms, rendering {:.0} ms",
            ms(assembled),
            ms(t.elapsed())
        );
    }
    for audience in [Audience::Internal, Audience::External] {
        let sel = Selection {
            round_id: "round-11".into(),
            audience,
            since: Some("2010-01-01".parse().unwrap()),
            ..Default::default()
        };
        let (mut without, mut with) = (Vec::new(), Vec::new());
        let mut cpu = (0u64, 0u64);
        let mut pages = (0, 0);
        let mut in_pack = 0;
        for i in 0..10 {
            let lib = if i % 2 == 0 { &base } else { &with_cases };
            let t = Instant::now();
            let ticks = cpu_ticks();
            let p = lib.assemble_pack(&sel).expect("assemble");
            let r = pack::render(&p, &pack::options_for(&p, Paper::A4, at())).expect("render");
            let d = t.elapsed();
            let ticks = cpu_ticks() - ticks;
            if i % 2 == 0 {
                without.push(d);
                cpu.0 += ticks;
                pages.0 = r.page_count;
            } else {
                with.push(d);
                cpu.1 += ticks;
                pages.1 = r.page_count;
                in_pack = p.cases.len();
            }
        }
        let (a, b) = (median(without), median(with));
        println!(
            "{} pack, {n} incidents: without cases median {:.0} ms ({} pages); with 10 000 cases in the library ({in_pack} in the pack) median {:.0} ms ({} pages): {:.3} (medians), CPU {:.3}",
            audience.as_str(),
            ms(a),
            pages.0,
            ms(b),
            pages.1,
            b.as_secs_f64() / a.as_secs_f64(),
            cpu.1 as f64 / cpu.0.max(1) as f64
        );
    }
}

fn synthetic_size(incidents: usize) -> synthetic::Size {
    synthetic::Size::for_packs(incidents)
}

fn synthetic_bundle(incidents: usize) -> Bundle {
    synthetic::bundle(synthetic_size(incidents), 11)
}

/// The synthetic library of `incidents` incidents with a Russian translation of every
/// translatable text (`synthetic::transliterated`): the like-for-like comparison with the
/// English pack.
fn translated_library(incidents: usize) -> Library {
    let bundle = synthetic::transliterated(&synthetic_bundle(incidents));
    let mut lib = Library::open_in_memory().expect("library");
    lib.import_bundle(&bundle).expect("import");
    lib
}

fn library_for_pages(target: usize) -> (usize, Library) {
    let make = |n: usize| {
        let mut lib = Library::open_in_memory().expect("library");
        lib.import_bundle(&synthetic_bundle(n)).expect("import");
        lib
    };
    let pages = |lib: &Library| {
        let sel = Selection {
            round_id: "round-11".into(),
            audience: Audience::Internal,
            since: Some("2010-01-01".parse().unwrap()),
            ..Default::default()
        };
        let p = lib.assemble_pack(&sel).expect("assemble");
        pack::outline(&p, &pack::options_for(&p, Paper::A4, at()))
            .expect("layout")
            .page_count as usize
    };
    let (mut lo, mut hi) = (10usize, 20_000usize);
    while hi - lo > 5 {
        let mid = (lo + hi) / 2;
        if pages(&make(mid)) < target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (hi, make(hi))
}
