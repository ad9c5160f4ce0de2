using System.Linq;
using System.Text.RegularExpressions;

namespace FinalAccounts.Import.Tables;

/// <summary>
/// The statement the template asks for under a table published without data: "说明：本单位本年度没有政府性基金预算财政拨款
/// 收入和支出，故本表无数据。" (also 注：…, 本表为空, 为空表). It tells an empty table the report declares from one the
/// import could not read.
/// </summary>
internal static class EmptyTableNote
{
    private static readonly Regex s_note = new("(?:注|说明)[：:][^。]*?(?:本表无数据|本表为空|为空表|本表数据为空)[^。]*。?", RegexOptions.CultureInvariant);

    /// <summary>The note among the table's lines (wrapped lines joined), or null.</summary>
    public static string? Find(TableRegion region)
    {
        var text = string.Concat(region.Lines.Concat(region.Below).Select(l => Regex.Replace(l.Text, @"\s+", string.Empty)));
        var m = s_note.Match(text);
        return m.Success ? m.Value : null;
    }
}
