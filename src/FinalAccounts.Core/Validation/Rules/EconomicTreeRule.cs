using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// In a table by 经济分类 (基本支出决算表, 项目支出决算表), a 类 row equals the sum of its 款 rows. Rows are named by the
/// report (the concept is the printed name), so they are related by code.
/// </summary>
internal sealed class EconomicTreeRule : IReportRule
{
    public EconomicTreeRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        foreach (var table in context.Report.Tables)
        {
            var coded = new List<(EconomicCode Code, StatedFigure Figure)>();
            foreach (var cell in table.Cells)
            {
                if (cell.IsMoney && cell.Code.Length > 0 && EconomicCode.TryParse(cell.Code, out var code)) coded.Add((code, cell));
            }
            foreach (var dims in coded.GroupBy(c => (c.Figure.Key.Basis, c.Figure.Key.Scope, c.Figure.Key.Item)))
            {
                var rows = dims.ToList();
                foreach (var (parent, total) in rows.Where(r => r.Code.Level == ClassificationLevel.Class))
                {
                    var parts = rows.Where(r => r.Code.Parent == parent).Select(r => (r.Figure, 1)).ToList();
                    if (parts.Count == 0) continue;
                    context.Sum(total, parts, parent.DisplayName + " 所属各款之和", "the sum of the sections of " + parent.Code);
                }
            }
        }
    }
}
