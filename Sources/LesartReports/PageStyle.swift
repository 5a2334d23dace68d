/// The inline style sheet of `lesart render` pages: entity marks by label (tints of the
/// Okabe–Ito palette with the label printed beside), cues underlined in the colour of
/// their stance label, records as an aligned list of labelled arrows; negated records
/// dashed and struck through, non-asserted ones dotted with their modality named.
/// Works from phone width to print (backgrounds kept, every record opened by the script).
enum PageStyle {
    static let css = """
    :root{--support:#0072B2;--distancing:#E69F00;--threat:#D55E00;--ink:#1b1b1b;--muted:#5a5a5a;
    --PER:#f3d7e8;--PERi:#8a2e62;--LOC:#cceee2;--LOCi:#005c43;--ORG:#d5eaf8;--ORGi:#0b5a8a;--OTH:#f7f1bd;--OTHi:#6b6000}
    *{box-sizing:border-box}
    body{margin:0 auto;max-width:58rem;padding:1rem 1.25rem 3rem;font:17px/1.65 Georgia,"DejaVu Serif",serif;color:var(--ink);
    background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
    h1{font:600 1.35rem/1.3 system-ui,"DejaVu Sans",sans-serif;margin:.5rem 0}
    h2{font:600 1.15rem/1.3 system-ui,"DejaVu Sans",sans-serif;margin:2rem 0 .25rem;overflow-wrap:anywhere}
    .summary,.legend,nav,.records,.note{font:14px/1.5 system-ui,"DejaVu Sans",sans-serif}
    .summary{color:var(--muted);margin:0 0 1rem}
    .legend{display:flex;flex-wrap:wrap;gap:.35rem 1rem;align-items:center;padding:.5rem .75rem;border:1px solid #ddd;border-radius:6px}
    .legend span{white-space:nowrap}.legend .hint{white-space:normal;color:var(--muted)}
    nav ol{columns:16rem;padding-left:1.5rem}
    .note{color:#8a1c00}
    .text{margin:.6rem 0;overflow-wrap:break-word}
    .ent{border-radius:3px;padding:0 .12em;color:inherit;background:var(--bg);box-decoration-break:clone;-webkit-box-decoration-break:clone}
    .ent small{font:600 .62em/1 system-ui,"DejaVu Sans",sans-serif;color:var(--fg);margin-left:.2em;letter-spacing:.02em;vertical-align:.1em}
    .ent.PER{--bg:var(--PER);--fg:var(--PERi)}.ent.LOC{--bg:var(--LOC);--fg:var(--LOCi)}
    .ent.ORG{--bg:var(--ORG);--fg:var(--ORGi)}.ent.OTH{--bg:var(--OTH);--fg:var(--OTHi)}
    .ent.other{--bg:#e6e6e6;--fg:#444}
    .ent.derived{border-bottom:2px dotted var(--fg)}.ent.part{border-bottom:2px dashed var(--fg)}
    .ent[title]{cursor:help}
    .cue{border-bottom:3px solid var(--c);font-weight:600}
    .cue.negated{border-bottom-style:dashed}
    .cue sup{font:600 .65em/1 system-ui,"DejaVu Sans",sans-serif}
    .cue sup a{color:var(--c);text-decoration:none}
    .support{--c:var(--support)}.distancing{--c:var(--distancing)}.threat{--c:var(--threat)}.unknown{--c:#666}
    .records{list-style:none;margin:.25rem 0 1.25rem;padding:0;border-left:3px solid #e4e4e4}
    .rec{margin:0;padding:.15rem 0 .15rem .5rem}
    .rec:target{background:#fff6d6}
    .rec summary{display:grid;grid-template-columns:2.2rem minmax(6rem,13rem) 10.5rem minmax(6rem,13rem) 1fr;
    align-items:center;gap:.5rem;cursor:pointer;list-style:none}
    .rec summary::-webkit-details-marker{display:none}
    .num{color:var(--muted);text-align:right}.num a{color:inherit}
    .holder,.target{font-weight:600;overflow-wrap:anywhere}.target{padding-left:.35rem}
    .arrow{position:relative;display:block;height:1.6rem;border-bottom:3px solid var(--c);margin-bottom:.8rem;
    text-align:center;color:var(--c);font-weight:700;font-size:13px;line-height:1.6rem}
    .arrow::after{content:"";position:absolute;right:-2px;bottom:-8.5px;border-left:11px solid var(--c);
    border-top:7px solid transparent;border-bottom:7px solid transparent}
    .arrow.mutual::before{content:"";position:absolute;left:-2px;bottom:-8.5px;border-right:11px solid var(--c);
    border-top:7px solid transparent;border-bottom:7px solid transparent}
    .rec.negated .arrow{border-bottom-style:dashed}.rec.negated .arrow b{text-decoration:line-through}
    .rec.modal .arrow{border-bottom-style:dotted}
    .tags{display:flex;flex-wrap:wrap;gap:.25rem .5rem;align-items:center}
    .tags q{font-style:italic}
    .tag{font-size:12px;border:1px solid currentColor;border-radius:9px;padding:0 .45rem;white-space:nowrap}
    .tag.negated{color:#a00;font-weight:700}.tag.modality{color:#4b3b8f;font-style:italic}.tag.resolved{color:#555}
    .evidence{margin:.25rem 0 .5rem 2.7rem;padding:.4rem .75rem;border-left:3px solid var(--c);background:#fafafa}
    .evidence p{margin:0 0 .3rem;font:15px/1.5 Georgia,"DejaVu Serif",serif}
    .evidence dl{display:grid;grid-template-columns:max-content 1fr;gap:0 .75rem;margin:0}
    .evidence dt{color:var(--muted)}.evidence dd{margin:0;overflow-wrap:anywhere}
    .role{border-radius:3px;padding:0 .1em}.role.h{outline:2px solid var(--c)}.role.t{outline:2px dashed var(--c)}
    .role.c{background:var(--c);color:#fff}
    .error{border:2px solid #a00;padding:.5rem 1rem;font-family:system-ui,"DejaVu Sans",sans-serif}
    @media (max-width:640px){body{font-size:16px;padding:.75rem}
    .rec summary{display:flex;flex-wrap:wrap;gap:.2rem .5rem}.arrow{min-width:8.5rem;margin-right:.6rem}
    .num{text-align:left}.evidence{margin-left:.5rem}}
    @media print{body{max-width:none;font-size:11pt}nav,.legend{break-inside:avoid}
    .rec{break-inside:avoid}.rec summary{grid-template-columns:2rem 11rem 9.5rem 11rem 1fr}
    .ent.other-actor::after{content:" → " attr(data-actor);font:600 .7em system-ui,"DejaVu Sans",sans-serif;color:var(--fg)}
    a{color:inherit;text-decoration:none}}
    """

    /// Opens every record's details for printing, so rules and evidence appear on paper.
    static let printScript = """
    addEventListener("beforeprint",function(){document.querySelectorAll("details").forEach(function(d){d.open=true})});
    """
}
