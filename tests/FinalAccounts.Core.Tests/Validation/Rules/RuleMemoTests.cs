using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// FA1001–FA1006 and FA1041 find which figures each of their sums relates on a report's first check and keep it
/// (<c>FigureIndex.Memo</c>): kept per rule and per report, made once, and a second check of the report finds exactly what
/// the first found. Expected values are worked in the comments.
/// </summary>
public sealed class RuleMemoTests
{
    [Fact]
    public void A_memo_is_made_once_per_owner_and_report_and_kept()
    {
        var report = Read(Statement("2.1-1", F("收入总计", "决算", "10.00"))).UnitView;
        var other = Read(Statement("2.1-1", F("收入总计", "决算", "10.00"))).UnitView;
        object ownerA = new(), ownerB = new();
        var made = 0;
        string Make(object owner, FinalAccountsReport r) => (++made).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var a = report.Index.Memo(ownerA, Make);
        Assert.Same(a, report.Index.Memo(ownerA, Make));
        var b = report.Index.Memo(ownerB, Make);
        var c = other.Index.Memo(ownerA, Make);

        // Three makes: A and B on the first report, A on the second; asking A again on the first made nothing.
        Assert.Equal(3, made);
        Assert.Equal(new[] { "1", "2", "3" }, new[] { a, b, c });
    }

    [Fact]
    public void A_second_check_finds_what_the_first_found_for_the_identities_and_the_economic_tree()
    {
        // 基本支出 38.00 against 人员经费 20.00 + 公用经费 17.00 = 37.00: stated − exact = 1.00 (FA1006, an error).
        // 表6: 301 工资福利支出 30.00 against its 款 30101 10.00 + 30102 19.99 = 29.99: stated − exact = 0.01, which the
        // parts' rounding (±0.005 each) can explain (FA1041, information).
        var report = Read(
            Statement("2.1-1", F("基本支出", "决算", "38.00"), F("人员经费", "决算", "20.00"), F("公用经费", "决算", "17.00")),
            Table("表6", "一般公共预算财政拨款基本支出决算表",
                Cell("工资福利支出", "决算数", "工资福利支出", "决算", "30.00", code: "301"),
                Cell("基本工资", "决算数", "基本工资", "决算", "10.00", code: "30101"),
                Cell("津贴补贴", "决算数", "津贴补贴", "决算", "19.99", code: "30102")));

        var first = CheckWith(report, "FA1006", "FA1041");
        var second = CheckWith(report, "FA1006", "FA1041");

        Assert.Equal(new[] { "FA1006", "FA1041" }, first.Findings.Select(f => f.RuleId).OrderBy(id => id, System.StringComparer.Ordinal));
        Assert.Equal(1.00m, first.Findings.Single(f => f.RuleId == "FA1006").Result.Difference);
        Assert.Equal(Severity.Error, first.Findings.Single(f => f.RuleId == "FA1006").Severity);
        Assert.Equal(Severity.Info, first.Findings.Single(f => f.RuleId == "FA1041").Severity);
        Assert.Equal(0.01m, first.Findings.Single(f => f.RuleId == "FA1041").Result.Difference);
        Assert.Equal(first.Findings.Select(f => (f.RuleId, f.Severity, f.Message, f.MessageEn)), second.Findings.Select(f => (f.RuleId, f.Severity, f.Message, f.MessageEn)));
        Assert.Equal(first.ChecksRun, second.ChecksRun);
        Assert.NotSame(first.Findings[0], second.Findings[0]);
    }
}
