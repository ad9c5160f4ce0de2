using System;
using System.IO;
using System.Linq;

namespace FinalAccounts.Testing;

/// <summary>
/// A TrueType (glyf) font with Chinese glyphs, for tests that write PDFs with PdfPig (its standard 14 fonts have no CJK
/// glyphs). Taken from FINALACCOUNTS_CJK_FONT when that names a file, else AR PL SungtiL GB (Debian/Ubuntu package
/// fonts-arphic-gbsn00lp) or another known CJK .ttf under the usual font folders. Nothing is downloaded and no font is
/// kept in the repository; without one the test skips (fails under CI).
/// </summary>
public static class CjkFont
{
    private static readonly string[] s_known = { "gbsn00lp.ttf", "gkai00mp.ttf", "wqy-microhei.ttf", "NotoSansSC-Regular.ttf", "SimHei.ttf", "simhei.ttf" };

    private static readonly Lazy<string?> s_path = new(Find);
    private static readonly Lazy<byte[]?> s_bytes = new(() => s_path.Value is string p ? File.ReadAllBytes(p) : null);

    /// <summary>The font file's bytes, or a skip saying how to provide one.</summary>
    public static byte[] Bytes => s_bytes.Value ?? throw Missing();

    /// <summary>The font file, or a skip saying how to provide one.</summary>
    public static string PathOf() => s_path.Value ?? throw Missing();

    /// <summary>Skips (fails under CI) unless a font is there; call it first in a test that renders a PDF.</summary>
    public static void Require() => PathOf();

    private static Exception Missing()
    {
        var configured = Environment.GetEnvironmentVariable("FINALACCOUNTS_CJK_FONT");
        return Prerequisite.Missing("needs a TrueType CJK font to write Chinese PDFs: apt-get install fonts-arphic-gbsn00lp, or set "
            + "FINALACCOUNTS_CJK_FONT to a CJK .ttf" + (string.IsNullOrEmpty(configured) ? string.Empty : " (FINALACCOUNTS_CJK_FONT=" + configured + " is not a file)"));
    }

    private static string? Find()
    {
        // An explicit setting wins, and a wrong one is not papered over by a font found elsewhere.
        var configured = Environment.GetEnvironmentVariable("FINALACCOUNTS_CJK_FONT");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        foreach (var root in new[] { "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"), @"C:\Windows\Fonts" })
        {
            if (!Directory.Exists(root)) continue;
            var found = s_known.Select(name => Directory.EnumerateFiles(root, name, SearchOption.AllDirectories).FirstOrDefault()).FirstOrDefault(p => p != null);
            if (found != null) return found;
        }
        return null;
    }
}
