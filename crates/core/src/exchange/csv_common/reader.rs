//! Reading a spreadsheet's CSV export into rows: UTF-8 with or without a byte order mark,
//! `,`, `;` or tab between cells (detected from the header row, or Excel's `sep=;` first
//! line), quoted cells with line breaks inside, CRLF or LF. Rows are numbered as the
//! spreadsheet shows them: the header is row 1, and blank rows still count.

use super::CsvError;

/// The rows of a file.
pub(crate) struct Table {
    pub delimiter: u8,
    pub header: Vec<String>,
    /// The rows that have at least one non-empty cell, in file order.
    pub rows: Vec<Row>,
}

pub(crate) struct Row {
    /// The row number as a spreadsheet shows it (the header is row 1).
    pub number: usize,
    pub cells: csv::StringRecord,
}

impl Row {
    /// The trimmed cell at `index` ("" when the row is shorter).
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", str::trim)
    }
}

pub(crate) fn read(bytes: &[u8]) -> Result<Table, CsvError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(CsvError::Utf16);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        CsvError::NotUtf8 {
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
        }
    })?;
    let (text, sep) = excel_separator_line(text);
    let delimiter = match sep {
        Some(d) => d,
        None => detect_delimiter(text),
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());

    let layout = scan_rows(text, delimiter);
    if let Some(row) = layout.unclosed_quote {
        return Err(CsvError::UnclosedQuote { row });
    }
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    for index in 0.. {
        // The reader skips blank lines, which a spreadsheet shows as rows: the scan says
        // which spreadsheet row each record is.
        let number = layout.rows.get(index).copied().unwrap_or(index + 1);
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(CsvError::Unreadable {
                    row: number,
                    message: e.to_string(),
                })
            }
        }
        match &header {
            None => {
                if record.iter().all(|c| c.trim().is_empty()) {
                    return Err(CsvError::NoHeader);
                }
                header = Some(record.iter().map(|c| c.trim().to_string()).collect());
            }
            Some(_) => {
                if record.iter().any(|c| !c.trim().is_empty()) {
                    let cells = std::mem::take(&mut record);
                    rows.push(Row { number, cells });
                }
            }
        }
    }
    let Some(header) = header else {
        return Err(CsvError::NoHeader);
    };
    Ok(Table {
        delimiter,
        header,
        rows,
    })
}

/// Where the rows of a file are, as a spreadsheet counts them.
struct Layout {
    /// The spreadsheet row of each non-blank line (a quoted cell's line breaks stay in
    /// its row), in order: the i-th record the CSV reader returns is in row `rows[i]`.
    rows: Vec<usize>,
    /// The row of a quote that is never closed.
    unclosed_quote: Option<usize>,
}

/// Scans the text as the CSV reader reads it: a `"` opens a quoted cell only at the
/// start of a cell, `""` inside one is a quote, and CR, LF or CRLF outside quotes end a row.
fn scan_rows(text: &str, delimiter: u8) -> Layout {
    let bytes = text.as_bytes();
    let (mut rows, mut row, mut line_len) = (Vec::new(), 1usize, 0usize);
    let (mut quoted, mut cell_start, mut quote_row) = (false, true, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let next = bytes.get(i + 1).copied();
        i += 1;
        if quoted {
            if b == b'"' {
                if next == Some(b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
            line_len += 1;
            continue;
        }
        match b {
            b'\n' | b'\r' => {
                if b == b'\r' && next == Some(b'\n') {
                    i += 1;
                }
                if line_len > 0 {
                    rows.push(row);
                }
                row += 1;
                line_len = 0;
                cell_start = true;
            }
            b'"' if cell_start => {
                quoted = true;
                quote_row = row;
                cell_start = false;
                line_len += 1;
            }
            _ => {
                cell_start = b == delimiter;
                line_len += 1;
            }
        }
    }
    if line_len > 0 {
        rows.push(row);
    }
    Layout {
        rows,
        unclosed_quote: quoted.then_some(quote_row),
    }
}

/// Excel writes `sep=;` as the first line when asked to; it is not a row.
fn excel_separator_line(text: &str) -> (&str, Option<u8>) {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let first = text[..first_line_end].trim_end_matches('\r');
    if let Some(sep) = first.strip_prefix("sep=") {
        if let [d @ (b',' | b';' | b'\t' | b'|')] = sep.as_bytes() {
            let rest = text.get(first_line_end + 1..).unwrap_or("");
            return (rest, Some(*d));
        }
    }
    (text, None)
}

/// The separator that occurs most often in the header row (outside quotes); `,` when none.
fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
                    c.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(d, n)| (*n, *d == b','))
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(usize, Vec<String>)> {
        read(text.as_bytes())
            .unwrap()
            .rows
            .into_iter()
            .map(|r| (r.number, r.cells.iter().map(str::to_string).collect()))
            .collect()
    }

    #[test]
    fn separators_bom_crlf_and_quoted_line_breaks() {
        let t = read(
            "\u{feff}Title;Date\r\n\"A; \"\"quoted\"\"\r\nsecond line\";2012\r\nB;2013\r\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(t.delimiter, b';');
        assert_eq!(t.header, vec!["Title", "Date"]);
        assert_eq!(&t.rows[0].cells[0], "A; \"quoted\"\r\nsecond line");
        assert_eq!((t.rows[0].number, t.rows[1].number), (2, 3));
        assert_eq!(read(b"a,b\n1,2\n").unwrap().delimiter, b',');
        assert_eq!(read(b"a\tb\n1\t2\n").unwrap().delimiter, b'\t');
        assert_eq!(
            read(b"sep=;\na,b;c\n1;2\n").unwrap().header,
            vec!["a,b", "c"]
        );
    }

    #[test]
    fn row_numbers_count_blank_and_multi_line_rows() {
        let got = rows("h\n\"x\ny\nz\"\n\nb\n,\nc\n");
        let numbers: Vec<usize> = got.iter().map(|r| r.0).collect();
        // x..z is row 2 (three lines), the blank line row 3, b row 4, "," row 5 (empty), c row 6.
        assert_eq!(numbers, vec![2, 4, 6]);
    }

    #[test]
    fn broken_files_are_refused_clearly() {
        assert!(matches!(read(b"\xff\xfeT\0"), Err(CsvError::Utf16)));
        assert!(matches!(
            read(b"Title,Date\nok,2012\nbad \xe9,2012\n"),
            Err(CsvError::NotUtf8 { line: 3 })
        ));
        assert!(matches!(read(b""), Err(CsvError::NoHeader)));
        assert!(matches!(read(b"\n\n"), Err(CsvError::NoHeader)));
        assert!(matches!(
            read(b"Title,Date\n\"unclosed,2012\nnext,2013\n"),
            Err(CsvError::UnclosedQuote { row: 2 })
        ));
    }
}
