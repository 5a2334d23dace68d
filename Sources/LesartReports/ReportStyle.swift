/// The inline style sheet of the `lesart network --format html` report.
enum ReportStyle {
    static let css = """
    *{box-sizing:border-box}
    body{margin:0 auto;max-width:70rem;padding:1rem 1.25rem 3rem;font:15px/1.5 system-ui,"DejaVu Sans",sans-serif;color:#1b1b1b;
    background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
    h1{font-size:1.4rem;margin:.5rem 0}h2{font-size:1.15rem;margin:2rem 0 .5rem}h3{font-size:1rem;margin:.5rem 0;
    border-bottom:3px solid var(--c)}
    .summary{color:#555}.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;align-items:center}
    .legend span{white-space:nowrap}
    figure{margin:0}
    svg.net{display:block;width:100%;max-width:56rem;height:auto;margin:0 auto}
    svg.net text{font:13px system-ui,"DejaVu Sans",sans-serif;fill:#1b1b1b}
    svg.net path.edge:hover{stroke-opacity:1}
    .tables{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem 2rem}
    table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.15rem .5rem .15rem 0;border-bottom:1px solid #eee;
    overflow-wrap:break-word}
    th{font-weight:600;color:#555}td.n{text-align:right;white-space:nowrap;position:relative}
    .bar{display:inline-block;height:.6rem;margin-right:.4rem;vertical-align:middle;border-radius:2px}
    .series{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem}
    .series figcaption{font-weight:600}
    svg.spark{width:100%;height:auto;display:block}svg.spark text{font-family:system-ui,"DejaVu Sans",sans-serif;fill:#555}
    .scroll{overflow-x:auto}
    @media print{body{max-width:none}figure,section{break-inside:avoid}}
    """
}
