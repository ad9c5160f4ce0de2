using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// Properties over generated 预算 reports (issue 18): a 收支预算总表 and a 支出预算表 of real 功能分类 类/款/项 rows with
/// 基本支出 and 项目支出 amounts, computed exactly and printed in whole 元 or rounded to 万元 with 2 decimals, as the
/// published budgets print them.
/// </summary>
public sealed class BudgetCheckProperties
{
    /// <summary>A 项 with its 基本 and 项目 amounts in 元.</summary>
    private sealed record Item(FunctionCode Code, long Basic, long Project);

    private static readonly FunctionCode[] s_items = FunctionCode.All.Where(c => c.Level == ClassificationLevel.Item && c.IsVerified).ToArray();

    private static readonly Gen<Item[]> s_budget =
        from count in Gen.Choose(1, 8)
        from picks in Gen.ArrayOf(Gen.Choose(0, s_items.Length - 1), count)
        from basics in Gen.ArrayOf(Gen.Choose(0, 50_000_000), count)
        from projects in Gen.ArrayOf(Gen.Choose(0, 50_000_000), count)
        select picks.Distinct().Select((p, i) => new Item(s_items[p], basics[i], projects[i])).ToArray();

    private static string Path(FunctionCode code)
    {
        var names = new List<string>();
        for (FunctionCode? c = code; c is FunctionCode v; c = v.Parent) names.Insert(0, v.Name);
        return string.Join("/", names);
    }

    /// <summary>The report's tables; <paramref name="wan"/> prints 万元 with 2 decimals (half up) instead of whole 元; <paramref name="shift"/> moves one 款 row's 合计.</summary>
    private static Rules.TestReport.Item[] Publish(Item[] items, bool wan, (FunctionCode Section, long By)? shift = null)
    {
        string Print(long yuan) => wan
            ? Math.Round(yuan / 10000m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture)
            : yuan.ToString(CultureInfo.InvariantCulture);
        var rows = new List<(FunctionCode Code, long Basic, long Project)>();
        foreach (var level in new[] { ClassificationLevel.Class, ClassificationLevel.Section, ClassificationLevel.Item })
        {
            foreach (var group in items.GroupBy(i => Ancestor(i.Code, level)))
            {
                rows.Add((group.Key, group.Sum(i => i.Basic), group.Sum(i => i.Project)));
            }
        }
        var cells = new List<Fig>();
        foreach (var (code, basic, project) in rows.OrderBy(r => r.Code.Code, StringComparer.Ordinal))
        {
            var total = basic + project + (shift is { } s && s.Section == code ? s.By : 0);
            var row = code.Code + " " + code.Name;
            cells.Add(Cell(row, "合计", "本年支出合计", "预算", Print(total), Path(code), code.Code));
            cells.Add(Cell(row, "基本支出", "基本支出", "预算", Print(basic), Path(code), code.Code));
            cells.Add(Cell(row, "项目支出", "项目支出", "预算", Print(project), Path(code), code.Code));
        }
        var all = items.Sum(i => i.Basic + i.Project);
        cells.Add(Cell("合计", "合计", "本年支出合计", "预算", Print(all)));
        cells.Add(Cell("合计", "基本支出", "基本支出", "预算", Print(items.Sum(i => i.Basic))));
        cells.Add(Cell("合计", "项目支出", "项目支出", "预算", Print(items.Sum(i => i.Project))));
        var unit = wan ? "万元" : "元";
        var summary = new[]
        {
            Cell("一、财政拨款收入", "预算数", "财政拨款收入", "预算", Print(all)),
            Cell("1.一般公共预算资金", "预算数", "一般公共预算财政拨款收入", "预算", Print(all)),
            Cell("收入总计", "预算数", "收入总计", "预算", Print(all)),
            Cell("支出总计", "预算数", "支出总计", "预算", Print(all)),
        };
        return new Rules.TestReport.Item[] { Budget, new TableSpec("表1", "2024年部门财务收支预算总表", unit, summary), new TableSpec("表3", "2024年部门支出预算总表", unit, cells.ToArray()) };
    }

    private static FunctionCode Ancestor(FunctionCode code, ClassificationLevel level)
    {
        var c = code;
        while (c.Level != level) c = c.Parent!.Value;
        return c;
    }

    /// Law: a 预算 whose figures are exact (whole 元) or correctly rounded (万元, 2 decimals) never yields an error or a
    /// warning, and the budget identities run on it (FA1003 totals, FA1005 合计 = 基本 + 项目, FA1040 tree, FA1202, FA1203).
    [Property(MaxTest = 60)]
    public Property A_correct_budget_never_yields_an_error() =>
        Prop.ForAll(Arb.From(s_budget.Where(b => b.Length > 0)), Arb.From(Gen.Elements(true, false)), (items, wan) =>
        {
            var check = Check(Publish(items, wan));
            Assert.Empty(check.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.ToString()));
            var run = check.RulesRun.Select(r => r.Id).ToList();
            foreach (var id in new[] { "FA1003", "FA1005", "FA1040", "FA1202", "FA1203" }) Assert.Contains(id, run);
        });

    /// Law: moving one 款's 合计 by 1 万元 (far beyond what rounding allows) is an error at that row.
    [Property(MaxTest = 60)]
    public Property Moving_a_section_total_is_an_error_at_its_row() =>
        Prop.ForAll(Arb.From(s_budget.Where(b => b.Length > 0)), Arb.From(Gen.Elements(true, false)), (items, wan) =>
        {
            var section = Ancestor(items[0].Code, ClassificationLevel.Section);
            var check = Check(Publish(items, wan, (section, 10_000)));
            Assert.Contains(check.Findings, f => f.Severity == Severity.Error && f.Location.Row.StartsWith(section.Code + " ", StringComparison.Ordinal));
        });
}
