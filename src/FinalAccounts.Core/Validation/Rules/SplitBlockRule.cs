using System;
using System.Linq;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// FA1208: a 支出 block printed by column with 基本支出 split into 人员经费 and 公用经费 (a 预算's 财务收支预算总表:
/// 合计 | 基本支出: 人员经费, 公用经费 | 项目支出) adds up along each row: 合计 = 人员经费 + 公用经费 + 项目支出. The row's
/// 合计 is its 本年支出合计 (or, on the total row, 支出总计). Only table rows are judged, a blank part is 0, and a row
/// is left alone when it also prints 基本支出 (FA1005/FA1006 judge that) or any other spending column (上缴上级支出,
/// 经营支出 …) whose meaning in the sum is not known: a row is never judged on a guess about its columns.
/// </summary>
internal sealed partial class SplitBlockRule : IReportRule
{
    private static readonly string[] s_totals = { "本年支出合计", "支出总计" };
    private static readonly string[] s_parts = { "人员经费", "公用经费", "项目支出" };
    private static readonly string[] s_others = { "基本支出", "上缴上级支出", "经营支出", "事业单位经营支出", "对附属单位补助支出", "结余分配", "年末结转和结余" };

    public SplitBlockRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        foreach (var table in context.Report.Tables)
        {
            foreach (var row in table.Cells.Where(c => c.IsMoney && c.Location.Row.Length > 0).GroupBy(c => c.Location.Row, StringComparer.Ordinal))
            {
                // Cells of one row may belong to two sides (收入 | 支出) printed side by side: keep the 支出 side's.
                foreach (var side in row.GroupBy(c => Side(c.Location.Column), StringComparer.Ordinal))
                {
                    var cells = side.ToList();
                    var total = cells.FirstOrDefault(c => s_totals.Contains(c.Key.Concept));
                    var parts = cells.Where(c => s_parts.Contains(c.Key.Concept)).ToList();
                    if (total == null || !parts.Any(p => p.Key.Concept != "项目支出")) continue;
                    if (cells.Any(c => s_others.Contains(c.Key.Concept))) continue;
                    // One cell per part, on the total's basis and scope.
                    if (parts.GroupBy(p => p.Key.Concept).Any(g => g.Count() > 1)) continue;
                    if (parts.Any(p => p.Key.Basis != total.Key.Basis || p.Key.Scope != total.Key.Scope)) continue;
                    context.Sum(total, parts.Select(p => (p, 1)).ToList(), "人员经费 + 公用经费 + 项目支出（同一行，空白为0）", "personnel + public expenses + projects (same row; a blank is 0)");
                }
            }
        }
    }

    /// <summary>The side of a column printed as "支出 合计", "收入 预算数": its first word; one side when it has none.</summary>
    private static string Side(string column)
    {
        var space = column.IndexOf(' ');
        return space > 0 ? column.Substring(0, space) : string.Empty;
    }
}
