"""Validates PDFs against PDF/UA-1 with `page` (https://pypi.org/project/page-validation/),
an independent validator that passes the veraPDF and Isartor test corpora. Prints every
failed rule with its message and exits 1 unless every file conforms.

    python scripts/check-pdfua.py pack.pdf other.pdf
"""

import sys

import page


def main(paths: list[str]) -> int:
    if not paths:
        print("usage: check-pdfua.py FILE.pdf...", file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        try:
            # Our own files: a long pack's tables go past the validator's default limits.
            report = page.validate_pdf(path, profile="ua1", limits=page.SafetyLimits.unlimited())
        except page.PageError as e:
            print(f"{path}: cannot be validated: {e}")
            failed += 1
            continue
        rules = report.rules
        verdict = "conforms" if report.is_compliant else "DOES NOT CONFORM"
        print(f"{path}: PDF/UA-1 {verdict} ({rules.passed} of {rules.total} rules passed, "
              f"{report.document.page_count} pages)")
        if not report.is_compliant:
            failed += 1
            seen = set()
            for f in report.failures:
                if (f.rule_id, f.message) in seen:
                    continue
                seen.add((f.rule_id, f.message))
                print(f"  {f.rule_id}: {f.message}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
