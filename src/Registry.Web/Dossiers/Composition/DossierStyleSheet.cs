namespace Registry.Web.Dossiers.Composition;

/// <summary>
/// The dossier's look: serif text and headings, sans-serif tables and labels, one dark blue for rules. Chinese is set
/// in AR PL UMing (serif) and WenQuanYi Zen Hei (sans): TrueType fonts Chromium embeds as real CID fonts, where the
/// Noto CJK collections come out as Type 3 glyphs whose text copies as Kangxi radicals (方 as ⽅).
/// </summary>
internal static class DossierStyleSheet
{
    public const string Base = """
        * { box-sizing: border-box; }
        html { font-family: "Noto Serif", "AR PL UMing CN", serif; font-size: 10pt; line-height: 1.45; color: #1b1b1b;
          -webkit-print-color-adjust: exact; print-color-adjust: exact;
          /* Ligature glyphs copy out as U+FB00…: "eﬀective" would not be found by a search for "effective". */
          font-variant-ligatures: no-common-ligatures; }
        body { margin: 0; }
        :lang(zh) { line-height: 1.7; }
        h1, h2, h3, h4 { font-family: "Noto Serif", "AR PL UMing CN", serif; color: #14213d; font-weight: 700;
          break-after: avoid; break-inside: avoid; text-wrap: balance; }
        h2 { font-size: 14pt; line-height: 1.25; margin: 9mm 0 3.5mm; padding-bottom: 1.6mm; border-bottom: 0.7pt solid #14213d; }
        h3 { font-size: 11.5pt; line-height: 1.3; margin: 6mm 0 2.5mm; }
        h4 { font-size: 10pt; margin: 4mm 0 1.5mm; font-variant: small-caps; letter-spacing: 0.02em; }
        /* "pretty" keeps a word or two (or a lone 助。) from standing alone on a paragraph's last line. */
        p, blockquote, li { orphans: 3; widows: 3; text-wrap: pretty; }
        p { margin: 0 0 2.4mm; }
        a { color: inherit; text-decoration: none; }
        .none { font-style: italic; color: #5c5c5c; }
        .muted { color: #5c5c5c; }
        .mono { font-family: "Noto Sans Mono", monospace; font-size: 7.6pt; word-break: break-all; }
        .lead { font-size: 10.5pt; margin-bottom: 4mm; }
        .page-start { break-before: page; }
        .keep { break-inside: avoid; }
        /* A page's first heading starts at the same height whether the break was forced or not (Chromium drops
           the margin only at unforced breaks); the running head's margin keeps it clear of the rule. */
        .page-start > h2:first-child { margin-top: 0; }

        table { width: 100%; border-collapse: collapse; margin: 1mm 0 4mm; font: 8.6pt/1.38 "Noto Sans", "WenQuanYi Zen Hei", sans-serif; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        /* No table ends a page with its first row alone or starts one with its last row alone. */
        tbody > tr:first-child { break-after: avoid; }
        tbody > tr:last-child { break-before: avoid; }
        th { text-align: left; font-weight: 600; color: #14213d; border-bottom: 0.9pt solid #14213d; padding: 1.4mm 2mm 1.2mm 0; vertical-align: bottom; }
        td { border-bottom: 0.35pt solid #c5cad3; padding: 1.4mm 2mm 1.4mm 0; vertical-align: top; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        td.date { white-space: nowrap; }
        td small, th small, .note { display: block; color: #4a4a4a; font-size: 7.8pt; font-weight: 400; }
        th[scope=row] { vertical-align: top; font-weight: 600; color: #1b1b1b; border-bottom: 0.35pt solid #c5cad3; padding-top: 1.4mm; }
        table.facts th[scope=row] { width: 30%; color: #3a4354; }
        table.fixed { table-layout: fixed; }
        /* A fixed column never widens: a word longer than it breaks rather than running into the next column. */
        table.fixed th, table.fixed td { overflow-wrap: break-word; }
        table.summary { font-size: 7.9pt; }
        .cites span { white-space: nowrap; }
        table.facts td { font: 9.6pt/1.42 "Noto Serif", "AR PL UMing CN", serif; }
        /* Sans labels and serif values of different sizes: align their first lines on the baseline, not the top. */
        table.facts th[scope=row], table.facts td { vertical-align: baseline; }

        ol.commitments { list-style: none; padding: 0; margin: 0; }
        ol.commitments > li { display: flex; gap: 3mm; margin: 0 0 3.2mm; break-inside: avoid; }
        ol.commitments .ordinal { flex: 0 0 7mm; font-weight: 700; color: #14213d; text-align: right; }
        ol.commitments .body { flex: 1; }
        .meta { font: 7.9pt/1.4 "Noto Sans", "WenQuanYi Zen Hei", sans-serif; color: #3a4354; margin: 0.8mm 0 0; }
        .meta b { font-weight: 600; white-space: nowrap; }
        blockquote { margin: 1.2mm 0 0; padding: 0 0 0 3mm; border-left: 1.2pt solid #c5cad3; font-size: 8.8pt; font-style: italic; color: #333; }
        blockquote:lang(zh) { font-style: normal; }
        /* Ragged right: Chromium has no hyphenation dictionaries here, and justified lines without them gape. */
        .fulltext p { text-align: left; }
        .fulltext:lang(zh) { font-size: 10.5pt; }
        .fulltext:lang(zh) p { text-align: justify; }
        .source { margin: 0 0 4mm; }
        .source .title { margin: 0 0 0.6mm; break-after: avoid; }
        .source .excerpt { font-size: 8.8pt; color: #333; }

        nav.contents ol { list-style: none; margin: 0; padding: 0; }
        nav.contents li { margin: 0; }
        nav.contents a { display: flex; align-items: last baseline; padding: 0.9mm 0; }
        nav.contents .entry { max-width: 88%; }
        nav.contents .leader { flex: 1; border-bottom: 0.7pt dotted #8a919c; margin: 0 1.5mm; min-width: 6mm; }
        nav.contents .page { flex: 0 0 9mm; text-align: right; font-variant-numeric: tabular-nums; }
        nav.contents .level-2 > a { font-weight: 600; color: #14213d; padding-top: 2mm; }
        nav.contents .level-3 > a { padding-left: 7mm; font-size: 9.4pt; }
        nav.contents.records .level-2 > a { font-weight: 400; color: inherit; padding-top: 0.9mm; }

        .cover { display: flex; flex-direction: column; }
        .cover .band { display: flex; justify-content: space-between; align-items: baseline; padding-bottom: 2.2mm;
          border-bottom: 2.6pt double #14213d; font: 600 8.6pt "Noto Sans", sans-serif; letter-spacing: 0.14em; text-transform: uppercase; color: #14213d; }
        .cover .kind { margin: 22mm 0 3mm; font: 600 9pt "Noto Sans", sans-serif; letter-spacing: 0.16em; text-transform: uppercase; color: #5a6475; }
        /* Chromium balances six lines at most; a long title gets "pretty", so no word stands alone on its last line. */
        .cover h1 { font-size: 20pt; line-height: 1.28; margin: 0 0 5mm; text-wrap: pretty; }
        .cover .translation { font-size: 11.5pt; line-height: 1.45; color: #2c2c2c; margin: 0 0 2.5mm; }
        .cover .translation:lang(zh) { line-height: 1.6; }
        .cover table.facts { margin-top: 9mm; }
        .cover .criteria { margin: 6mm 0 0; padding-left: 5mm; }
        .cover .foot { margin-top: auto; display: flex; gap: 6mm; align-items: flex-end; padding-top: 4mm; border-top: 0.7pt solid #14213d; }
        .cover .foot svg { flex: 0 0 27mm; width: 27mm; height: 27mm; }
        .cover .verification { font: 7.8pt/1.5 "Noto Sans", sans-serif; color: #3a4354; }
        .cover .verification p { margin: 0 0 1.4mm; }
        """;
}
