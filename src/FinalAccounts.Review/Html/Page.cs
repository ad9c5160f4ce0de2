namespace FinalAccounts.Review.Html;

/// <summary>The inline style sheet and script every page carries: no file, font or script is fetched from anywhere.</summary>
internal static class Page
{
    public const string Style = """
    :root { --error:#f8c9c4; --error-ink:#a4161a; --warning:#ffe2a8; --warning-ink:#8a5300; --info:#d6e6ff; --info-ink:#1d4f91; --input:#c9f0dc; --input-ink:#1b6b43; }
    body { font-family: "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif; margin:0 auto; max-width:1200px; padding:0 24px 80px; color:#1f2328; line-height:1.55; }
    h1 { font-size:1.5em; margin:24px 0 4px; } h2 { border-bottom:2px solid #d0d7de; padding-bottom:4px; margin-top:36px; } h3 { margin:24px 0 8px; }
    .file { color:#57606a; font-size:.9em; word-break:break-all; }
    table { border-collapse:collapse; margin:8px 0 16px; font-size:.9em; }
    th, td { border:1px solid #d0d7de; padding:3px 8px; } th { background:#f6f8fa; font-weight:600; text-align:center; }
    td.num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; } td.label { white-space:nowrap; }
    .summary td { text-align:right; } .summary td:first-child, #reports td:nth-child(2) { text-align:left; }
    .legend span { display:inline-block; padding:1px 8px; margin-right:8px; border-radius:3px; }
    .stated.sev-error, .legend .error { background:var(--error); } .stated.sev-warning, .legend .warning { background:var(--warning); }
    .stated.sev-info, .legend .info { background:var(--info); }
    .input:not(.stated), .legend .input { background:var(--input); box-shadow: inset 0 0 0 1px var(--input-ink); }
    .fig.stated, .fig.input { cursor:pointer; }
    mark.fig { background:none; border-bottom:2px solid #8c959f; padding:0 1px; }
    .focus { outline:3px solid #0969da !important; outline-offset:1px; } .focus-input { outline:2px dashed var(--input-ink) !important; }
    ol.findings { padding-left:0; list-style:none; } ol.findings li { border:1px solid #d0d7de; border-left-width:6px; border-radius:4px; padding:6px 10px; margin:6px 0; cursor:pointer; }
    li.sev-error { border-left-color:var(--error-ink) !important; } li.sev-warning { border-left-color:var(--warning-ink) !important; } li.sev-info { border-left-color:var(--info-ink) !important; }
    li.current { background:#f0f6ff; } .where { color:#57606a; } .figs { font-family:ui-monospace,monospace; font-size:.9em; }
    .rule { font-weight:700; margin-right:6px; } p.sentence { margin:6px 0; } .unplaced { color:#57606a; font-size:.85em; }
    #detail { position:fixed; right:16px; bottom:16px; max-width:460px; background:#fff; border:1px solid #8c959f; border-radius:6px; box-shadow:0 4px 16px rgba(0,0,0,.2); padding:10px 14px; white-space:pre-wrap; font-size:.9em; display:none; }
    #detail.open { display:block; } #detail button { float:right; border:none; background:none; font-size:1.2em; cursor:pointer; }
    """;

    public const string Script = """
    (function () {
      var detail = document.getElementById('detail'), text = document.getElementById('detail-text');
      function clear() {
        document.querySelectorAll('.focus, .focus-input, li.current').forEach(function (e) { e.classList.remove('focus', 'focus-input', 'current'); });
      }
      function show(el) { text.textContent = el.getAttribute('data-detail') || el.title; detail.classList.add('open'); }
      function focusFinding(li) {
        clear();
        li.classList.add('current');
        var stated = document.getElementById(li.getAttribute('data-stated'));
        (li.getAttribute('data-inputs') || '').split(' ').forEach(function (id) { var e = id && document.getElementById(id); if (e) e.classList.add('focus-input'); });
        if (stated) { stated.classList.add('focus'); stated.scrollIntoView({ block: 'center' }); show(stated); }
      }
      document.querySelectorAll('ol.findings li').forEach(function (li) { li.addEventListener('click', function () { focusFinding(li); }); });
      document.querySelectorAll('.fig.stated, .fig.input').forEach(function (el) {
        el.addEventListener('click', function (e) { e.stopPropagation(); clear(); el.classList.add('focus'); show(el); });
      });
      document.getElementById('detail-close').addEventListener('click', function () { detail.classList.remove('open'); clear(); });
    })();
    """;
}
