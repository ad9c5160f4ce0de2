using System;
using System.IO;
using System.Linq;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// A TrueType (glyf) font with Chinese glyphs for PdfPig's PDF writer: its standard 14 fonts have no CJK glyphs. Taken
/// from FINALACCOUNTS_CJK_FONT, else AR PL SungtiL GB (Debian/Ubuntu package fonts-arphic-gbsn00lp) or another
/// known CJK .ttf under /usr/share/fonts. Nothing is downloaded and no font is kept in the repository.
/// </summary>
internal static class CjkFont
{
    private static readonly string[] s_known = { "gbsn00lp.ttf", "gkai00mp.ttf", "wqy-microhei.ttf", "NotoSansSC-Regular.ttf", "SimHei.ttf", "simhei.ttf" };

    private static readonly Lazy<byte[]> s_bytes = new(() => File.ReadAllBytes(PathOf()));

    public static byte[] Bytes => s_bytes.Value;

    public static string PathOf()
    {
        var configured = Environment.GetEnvironmentVariable("FINALACCOUNTS_CJK_FONT");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
        foreach (var root in new[] { "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"), @"C:\Windows\Fonts" })
        {
            if (!Directory.Exists(root)) continue;
            var found = s_known.Select(name => Directory.EnumerateFiles(root, name, SearchOption.AllDirectories).FirstOrDefault()).FirstOrDefault(p => p != null);
            if (found != null) return found;
        }
        throw new FileNotFoundException("The PDF round trip needs a TrueType CJK font (glyf outlines) to write Chinese text: install one "
            + "(apt-get install fonts-arphic-gbsn00lp) or set FINALACCOUNTS_CJK_FONT to a .ttf file.");
    }
}
