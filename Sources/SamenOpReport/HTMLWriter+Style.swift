extension HTMLWriter {
    /// The report's inline style sheet: system fonts only, colours that survive printing
    /// (`print-color-adjust`) with marks that also read in black and white, and two media.
    ///
    /// On screen the type is larger, and on a projector-size window (1100 px and wider) larger
    /// still, with a wider measure, so that a debrief can read it from the back of a room; sizes
    /// are in `em`, so the charts' frame, the key and the small print scale with it (the SVGs
    /// fill the width). In print it is A4 at 10.5 pt, economical: no forced page breaks; only
    /// small units are kept whole (a paragraph or a vote of a step, a figure, a table row, an
    /// ending, a comparison), since a step with its whole scene text is no longer small; headings
    /// stay with what follows, and a step's folded scene text is printed unfolded.
    static let style = """
    @page { size: A4; margin: 14mm 12mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
      font-size: 10.5pt; line-height: 1.45; color: #1d232a; margin: 0 auto; }
    h1 { font-size: 1.7em; margin: 0 0 6px; }
    h2 { font-size: 1.33em; margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 2px solid #2f5d7c; break-after: avoid; page-break-after: avoid; }
    h3, h4 { font-size: 1.05em; margin: 12px 0 4px; break-after: avoid; page-break-after: avoid; }
    p { margin: 4px 0; }
    ul, ol { margin: 4px 0; padding-left: 20px; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.86em; }
    .meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
    .meta dt { font-weight: 600; }
    .meta dd { margin: 0; }
    .notice { background: #eef4f8; border-left: 4px solid #2f5d7c; padding: 6px 10px; }
    .privacy { background: #fdf1e4; border-left: 4px solid #c0692a; padding: 6px 10px; }
    .timeline { list-style: none; padding: 0; }
    .step { border-left: 6px solid #bbb; padding: 4px 10px 6px; margin: 8px 0; background: #fafbfc; }
    .step.v-aligned { border-left-color: #6e7f91; }
    .step.v-ahead { border-left-color: #2e4053; }
    .step.v-behind { border-left-color: #9aa8b6; }
    .step.v-untagged { border-left-color: #c9cfd5; }
    .step.undone { opacity: 0.6; border-left-style: dashed; }
    .step h3 { margin-top: 2px; }
    .scene { color: #3d4852; }
    details.scene-more summary { color: #2f5d7c; cursor: pointer; font-size: 0.86em; }
    .facts, .small { color: #5a6570; font-size: 0.86em; }
    .then { margin: 4px 0; padding: 2px 8px; border: 1px dashed #6e7f91; background: #ffffff; }
    .then.different { border-style: solid; border-left-width: 4px; }
    .then .mark { font-weight: 700; margin-right: 4px; }
    .dissent { color: #8a4b12; font-style: italic; }
    p, li { orphans: 3; widows: 3; }
    .step > p, .then, .votes li, .notes li, .ending, .alt, tr { break-inside: avoid; page-break-inside: avoid; }
    .ending { border: 1px solid #cfd8df; padding: 6px 10px; margin-top: 10px; }
    .stopped { font-style: italic; }
    figure { margin: 8px 0; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-size: 0.86em; color: #5a6570; }
    svg.chart, svg.strip { width: 100%; height: auto; display: block; }
    .band { stroke: none; }
    .band-acuut { fill: #f6d4cf; }
    .band-directe-veiligheid { fill: #fbe7c8; }
    .band-risicogestuurde-zorg { fill: #f3f0c9; }
    .band-herstel { fill: #dde7f1; }
    .band-label { font-size: 11px; fill: #4a5560; }
    .grid-line { stroke: #ffffff; stroke-width: 1; }
    .tick { font-size: 11px; fill: #4a5560; }
    .trajectory { fill: none; stroke: #1f4e6e; stroke-width: 2.5; stroke-linejoin: round; }
    .point { fill: #1f4e6e; }
    .cell.v-aligned, .swatch.v-aligned { fill: #6e7f91; background: #6e7f91; }
    .cell.v-ahead, .swatch.v-ahead { fill: #2e4053; background: #2e4053; }
    .cell.v-behind, .swatch.v-behind { fill: #9aa8b6; background: #9aa8b6; }
    .cell.v-untagged, .swatch.v-untagged { fill: #c6ccd2; background: #c6ccd2; }
    .cell.v-transition { fill: #8a96a3; }
    .cell.a-expert, .cell.a-other { fill: #ffffff; stroke: #8a96a3; stroke-width: 1; }
    .cell.a-none-shown, .cell.a-transition { fill: #f2f4f6; }
    .cell-label { font-size: 12px; fill: #ffffff; font-weight: 700; }
    .cell-label.agreement, .cell-label.then.same { fill: #1d232a; }
    .cell.t-same { fill: #ffffff; stroke: #8a96a3; stroke-width: 1; }
    .cell.t-different { fill: #2e4053; }
    .legend { font-size: 0.86em; }
    .key { margin-right: 12px; white-space: nowrap; }
    .swatch { display: inline-block; width: 1.6em; text-align: center; color: #fff; font-weight: 700; border-radius: 2px; }
    table.grid { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 0.86em; }
    table.grid th, table.grid td { border: 1px solid #cfd8df; padding: 3px 5px; vertical-align: top; }
    table.grid thead th { background: #eef2f5; text-align: left; font-weight: 600; }
    table.grid tbody th { text-align: left; font-weight: 500; white-space: nowrap; background: #f7f9fa; }
    table.grid td.cell { text-align: center; width: 15%; }
    table.grid td.hit { background: #dde7f1; }
    table.grid td.issue { background: #fbe2c8; outline: 2px solid #d9822b; outline-offset: -2px; }
    .qn { display: inline-block; min-width: 1.3em; font-weight: 700; }
    .issue { color: #8a4b12; }
    .reached { color: #1f4e6e; }
    .not-reached { color: #8a4b12; }
    ul.times { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 0.86em; }
    .alt ul { list-style: square; }
    @media screen {
      body { font-size: 16px; max-width: 50em; padding: 12px 16px; }
    }
    @media screen and (min-width: 1100px) {
      body { font-size: 20px; max-width: 58em; padding: 16px 28px; }
    }
    @media print {
      body { padding: 0; }
      a { color: inherit; text-decoration: none; }
      details.scene-more > summary { display: none; }
      details.scene-more::details-content { content-visibility: visible; display: block; }
    }

    """
}
