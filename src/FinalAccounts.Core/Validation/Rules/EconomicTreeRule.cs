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
        // Which rows each sum relates depends on the report alone: found on its first check and kept (FigureIndex.Memo).
        var sums = context.Report.Index.Memo(this, static (_, report) => Sums(report));
        for (var i = 0; i < sums.Length; i++)
        {
            var sum = sums[i];
            if (!context.SumPasses(sum.Total, sum.Parts)) context.Sum(sum.Total, sum.Parts, sum.Parent.DisplayName + " 所属各款之和", "the sum of the sections of " + sum.Parent.Code);
        }
    }

    /// <summary>
    /// Every 类 row of <paramref name="report"/>'s 经济分类 tables with its 款 rows, in the order the rule checks them: per
    /// table, per group (basis, scope and item; in order of first appearance), each 类 row against its 款 rows of the same
    /// group, both in printed order; a 类 row without a 款 row is left out.
    /// </summary>
    internal static (EconomicCode Parent, StatedFigure Total, (StatedFigure Figure, int Weight)[] Parts)[] Sums(FinalAccountsReport report)
    {
        // Per table: the coded money rows with their group (basis, scope and item; numbered in order of first appearance),
        // the groups' first rows.
        List<(EconomicCode Code, StatedFigure Figure, int Group)>? coded = null;
        List<StatedFigure>? groups = null;
        List<(StatedFigure, int)>? parts = null;
        List<(EconomicCode, StatedFigure, (StatedFigure, int)[])>? sums = null;
        var tables = report.Tables;
        for (var t = 0; t < tables.Count; t++)
        {
            var cells = tables[t].Cells;
            coded?.Clear();
            groups?.Clear();
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (cell.Code.Length == 0 || !cell.IsMoney || !EconomicCode.TryParse(cell.Code, out var code)) continue;
                coded ??= new List<(EconomicCode, StatedFigure, int)>();
                groups ??= new List<StatedFigure>();
                var g = 0;
                while (g < groups.Count && !SameDims(groups[g], cell)) g++;
                if (g == groups.Count) groups.Add(cell);
                coded.Add((code, cell, g));
            }
            if (coded == null || coded.Count == 0) continue;
            for (var g = 0; g < groups!.Count; g++)
            {
                for (var r = 0; r < coded.Count; r++)
                {
                    var (parent, total, group) = coded[r];
                    if (group != g || parent.Level != ClassificationLevel.Class) continue;
                    parts?.Clear();
                    for (var c = 0; c < coded.Count; c++)
                    {
                        if (coded[c].Group == g && coded[c].Code.Parent == parent) (parts ??= new List<(StatedFigure, int)>()).Add((coded[c].Figure, 1));
                    }
                    if (parts == null || parts.Count == 0) continue;
                    (sums ??= new List<(EconomicCode, StatedFigure, (StatedFigure, int)[])>()).Add((parent, total, parts.ToArray()));
                }
            }
        }
        return sums?.ToArray() ?? System.Array.Empty<(EconomicCode, StatedFigure, (StatedFigure, int)[])>();
    }

    private static bool SameDims(StatedFigure a, StatedFigure b)
        => a.Key.Basis == b.Key.Basis && a.Key.Scope == b.Key.Scope && a.Key.Item == b.Key.Item;
}
