using System.Collections.Generic;
using FinalAccounts.Money;
using FinalAccounts.Reports;

namespace FinalAccounts.Validation.Rules;

/// <summary>
/// One cell of the 三公 table left blank among printed ones while the 说明 states a nonzero 决算 for it (FA1162's
/// single-cell case; FA1162 judges a table with no 决算 at all).
/// </summary>
/// <remarks>
/// A blank cell alone proves nothing: it may be a 0 left blank, or a cell the transcription or import missed. So the rule
/// judges a blank part only where the table itself says what the part is: the table prints the whole the part belongs
/// to (三公经费, 公务用车购置及运行维护费, 公务接待费) and every other part of it, and they add up with the blank as 0
/// (within rounding). Then the table's own arithmetic puts the part at whole − Σ others, an interval around 0, and a 说明
/// figure outside that interval contradicts the table. A correct report cannot be accused: its whole is the sum of all
/// its parts, so if the transcription dropped a printed part the others could not add up to the whole unless that part
/// is 0 within rounding — and then the 说明's figure, being that part, is too. Only a value read into the wrong cell could
/// mislead it. A table that does not add up is FA1050–FA1052's, and is not judged here.
/// </remarks>
internal sealed partial class BlankPartRule : IReportRule
{
    private static readonly (string Whole, string[] Parts)[] s_identities =
    {
        ("三公经费", new[] { "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费" }),
        ("公务用车购置及运行维护费", new[] { "公务用车购置费", "公务用车运行维护费" }),
        ("公务接待费", new[] { "国内公务接待费", "国（境）外公务接待费" }),
    };

    public BlankPartRule(RuleDescriptor descriptor) => Descriptor = descriptor;

    public RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context)
    {
        var report = context.Report;
        foreach (var table in report.Tables)
        {
            if (StandardTable.Of(table.Title) is not { Number: 7 }) continue;
            foreach (var (whole, parts) in s_identities)
            {
                var wholeCell = Cell(table, whole);
                if (wholeCell == null) continue;
                for (var p = 0; p < parts.Length; p++)
                {
                    var stated = Narrative(report, parts[p]);
                    if (stated == null) continue;
                    if (Cell(table, parts[p]) != null)
                    {
                        // Printed: FA1030 compares the two values.
                        context.Record(stated, CheckResult.Match(true), System.Array.Empty<StatedFigure>(), RuleContext.NoMessage);
                        continue;
                    }
                    var others = new List<StatedFigure>();
                    for (var o = 0; o < parts.Length; o++)
                    {
                        if (o != p && Cell(table, parts[o]) is { } other) others.Add(other);
                    }
                    if (others.Count != parts.Length - 1) continue;
                    // The table adds up with the blank as 0, or it says nothing about the blank (a missed cell).
                    var table0 = new (Amount, int)[others.Count];
                    for (var o = 0; o < others.Count; o++) table0[o] = (RuleContext.AmountOf(others[o]), 1);
                    if (RoundingCheck.Sum(RuleContext.AmountOf(wholeCell), table0).Outcome == CheckOutcome.Inconsistent) continue;
                    // The part as the table determines it: whole − Σ others.
                    var implied = new (Amount, int)[others.Count + 1];
                    implied[0] = (RuleContext.AmountOf(wholeCell), 1);
                    for (var o = 0; o < others.Count; o++) implied[o + 1] = (RuleContext.AmountOf(others[o]), -1);
                    var result = RoundingCheck.Sum(RuleContext.AmountOf(stated), implied);
                    var inputs = new List<StatedFigure> { wholeCell };
                    inputs.AddRange(others);
                    var title = table.Title;
                    var row = wholeCell.Location.Row;
                    context.Record(stated, result, inputs, () => (
                        stated.Key.Concept + "（决算）在说明中列示 " + stated.Value + stated.Unit + "，而表“" + title + "”中该项为空：表中" + whole + " " + wholeCell.Value + wholeCell.Unit
                        + " 已等于其余各项之和，该项只能为 " + RuleContext.Show(result.Exact) + stated.Unit + "（舍入允许 [" + RuleContext.Show(result.Expected.Min) + ", " + RuleContext.Show(result.Expected.Max) + "]），两处矛盾。",
                        stated.Key.Concept + " is stated as " + stated.Value + stated.Unit + " in the 说明, but its cell of table " + title + " is blank, and the table's "
                        + whole + " " + wholeCell.Value + wholeCell.Unit + " already equals the sum of the other parts, so the table puts it at " + RuleContext.Show(result.Exact) + "."));
                }
            }
        }
    }

    /// <summary>The table's 决算 cell of <paramref name="concept"/> (no path, no item), or null when it is blank.</summary>
    private static StatedFigure? Cell(ReportTable table, string concept)
    {
        foreach (var cell in table.Cells)
        {
            var key = cell.Key;
            if (key.Concept == concept && key.Basis == ReportVocabulary.Actual && key.FunctionPath.Length == 0 && key.Item.Length == 0 && cell.IsMoney) return cell;
        }
        return null;
    }

    /// <summary>The 说明's first nonzero 决算 of <paramref name="concept"/> (no path, no item), or null.</summary>
    private static StatedFigure? Narrative(FinalAccountsReport report, string concept)
    {
        foreach (var figure in report.Index.WithConcept(concept))
        {
            var key = figure.Key;
            if (figure.Location.Row.Length > 0 || key.Basis != ReportVocabulary.Actual || key.FunctionPath.Length > 0 || key.Item.Length > 0 || !figure.IsMoney) continue;
            if (figure.Amount.Value != 0m) return figure;
        }
        return null;
    }
}
