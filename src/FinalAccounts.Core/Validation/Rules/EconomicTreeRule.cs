using System.Collections.Generic;
using FinalAccounts.Classification;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// In a table by 经济分类 (基本支出决算表, 项目支出决算表), a 类 row equals the sum of its 款 rows. Rows are named by the
/// report (the concept is the printed name), so they are related by code.
/// </summary>
internal sealed partial class EconomicTreeRule : IReportRule
{
    public EconomicTreeRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        List<(EconomicCode Code, StatedFigure Figure)>? coded = null;
        List<(StatedFigure, int)>? parts = null;
        var tables = context.Report.Tables;
        for (var t = 0; t < tables.Count; t++)
        {
            var cells = tables[t].Cells;
            coded?.Clear();
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (cell.IsMoney && cell.Code.Length > 0 && EconomicCode.TryParse(cell.Code, out var code)) (coded ??= new List<(EconomicCode, StatedFigure)>()).Add((code, cell));
            }
            if (coded == null) continue;
            // Group by group (basis, scope and item, in order of first appearance): each 类 row against its 款 rows, both in
            // printed order.
            for (var g = 0; g < coded.Count; g++)
            {
                if (SeenBefore(coded, g)) continue;
                var first = coded[g].Figure;
                for (var r = g; r < coded.Count; r++)
                {
                    var (parent, total) = coded[r];
                    if (parent.Level != ClassificationLevel.Class || !SameDims(total, first)) continue;
                    parts?.Clear();
                    for (var c = g; c < coded.Count; c++)
                    {
                        var (code, figure) = coded[c];
                        if (code.Parent == parent && SameDims(figure, first)) (parts ??= new List<(StatedFigure, int)>()).Add((figure, 1));
                    }
                    if (parts == null || parts.Count == 0) continue;
                    if (!context.SumPasses(total, parts)) context.Sum(total, parts, parent.DisplayName + " 所属各款之和", "the sum of the sections of " + parent.Code);
                }
            }
        }
    }

    private static bool SeenBefore(List<(EconomicCode Code, StatedFigure Figure)> coded, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (SameDims(coded[i].Figure, coded[index].Figure)) return true;
        }
        return false;
    }

    private static bool SameDims(StatedFigure a, StatedFigure b)
        => a.Key.Basis == b.Key.Basis && a.Key.Scope == b.Key.Scope && a.Key.Item == b.Key.Item;
}
