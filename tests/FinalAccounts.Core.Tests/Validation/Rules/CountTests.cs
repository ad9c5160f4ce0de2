using System;
using System.Linq;
using FinalAccounts.Quantities;
using FinalAccounts.Reports;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The count representation (issue 13, point 2) and the count rules' edges, by hand.
public sealed class CountTests
{
    [Theory]
    [InlineData("8", 8)]
    [InlineData("0", 0)]
    [InlineData("-3", -3)]
    [InlineData("3.00", 3)]
    [InlineData("1,024", 1024)]
    [InlineData("-1,024.0", -1024)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void A_whole_number_as_printed_is_a_count(string text, long value)
        => Assert.Equal(value, Count.Parse(text, CountUnit.Vehicles).Value);

    [Theory]
    [InlineData("1.5")]
    [InlineData("08")]
    [InlineData("8辆")]
    [InlineData("")]
    [InlineData("1,24")]
    [InlineData("+3")]                  // the printed-number grammar's sign the file does not write
    [InlineData(" 8")]                  // nor spaces
    [InlineData("3.01")]
    [InlineData("9223372036854775808")] // one more than a count holds
    public void Anything_else_is_not(string text)
    {
        Assert.False(Count.IsWhole(text));
        Assert.Throws<FormatException>(() => Count.Parse(text, CountUnit.Persons));
    }

    [Fact]
    public void Counting_words_are_units_money_percent_and_scores_are_not()
    {
        Assert.Equal(new[] { "个", "人", "人次", "辆", "台（套）", "批次", "项", "卷", "册", "次", "场次", "户" }, CountUnit.All.Select(u => u.Symbol));
        Assert.Same(CountUnit.Vehicles, CountUnit.Parse("辆"));
        foreach (var other in new[] { "万元", "元", "%", "分", "台" }) Assert.False(CountUnit.TryParse(other, out _));
        // Every counting word is a unit of the report format.
        Assert.All(CountUnit.All, u => Assert.True(ReportVocabulary.IsUnit(u.Symbol)));
    }

    [Fact]
    public void A_stated_count_is_typed()
    {
        var report = Read(Statement("3.7-3", F("因公出国（境）人次", "决算", "72", "人次"), F("三公经费", "决算", "3.50")));
        var persons = report.Figures[0];
        Assert.True(persons.IsCount);
        Assert.False(persons.IsMoney);
        Assert.Equal(new Count(72, CountUnit.PersonTimes), persons.Count);
        Assert.False(report.Figures[1].IsCount);
        Assert.Throws<InvalidOperationException>(() => report.Figures[1].Count);
        Assert.Throws<InvalidOperationException>(() => persons.Amount);
    }

    [Fact]
    public void A_fractional_count_is_refused_with_its_place()
    {
        var json = TestReport.Json(Statement("2.1-1", F("调离在职人员", "决算", "1", "人"))).Replace("\"value\": \"1\"", "\"value\": \"1.5\"", StringComparison.Ordinal);
        Assert.Contains("1.5", json, StringComparison.Ordinal);
        var error = Assert.Throws<ReportFormatException>(() => ReportReader.Parse(json, FileName));
        Assert.Contains("$.statements[0].figures[0].value", error.Message);
        Assert.Contains("whole number", error.Message);
    }

    [Fact]
    public void A_breakdown_mixing_units_or_with_words_is_not_checked_as_counts()
    {
        // 设备2台（套）among 车辆: not one unit, nothing to add. A part in words only: the list cannot be added.
        var mixed = Check(Statement("3.11-4", F("车辆", "年末", "5", "辆"))
            .With(Explanation("车辆", "年末", false, "其中", F("执法执勤用车", "年末", "3", "辆"), F("设备", "年末", "9", "台（套）"))));
        Assert.DoesNotContain(mixed.Findings, f => f.RuleId == "FA1150");
        var words = Check(Statement("3.11-4", F("车辆", "年末", "5", "辆"))
            .With(Explanation("车辆", "年末", false, "其中", F("执法执勤用车", "年末", "3", "辆"), Text("其余为其他用车"))));
        Assert.DoesNotContain(words.Findings, f => f.RuleId == "FA1150");
    }

    [Fact]
    public void A_money_breakdown_stays_FA1010s_and_a_count_breakdown_is_never_FA1010s()
    {
        var result = Check(Statement("3.11-4", F("车辆", "年末", "9", "辆"))
            .With(Explanation("车辆", "年末", false, "其中", F("执法执勤用车", "年末", "3", "辆"), F("其他用车", "年末", "5", "辆"))));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("FA1150", finding.RuleId);
        Assert.Equal(1m, finding.Result.Difference); // 9 − (3 + 5)
    }

    [Fact]
    public void Rectified_problems_may_fall_short_of_those_found_but_not_exceed_them()
    {
        // 发现问题5个，已经完成整改的3个，正在整改的1个: 4 ≤ 5 (one not yet started is allowed); 已完成4个 + 正在2个 = 6 > 5.
        Item[] Report(string done, string doing) => new Item[]
        {
            Statement("3.10-1", "十、预算绩效管理情况", F("绩效自评发现问题", "决算", "5", "个"), F("已完成整改问题", "决算", done, "个"), F("正在整改问题", "决算", doing, "个")),
        };
        Assert.DoesNotContain(Check(Report("3", "1")).Findings, f => f.RuleId == "FA1152");
        var error = Assert.Single(Check(Report("4", "2")).Findings, f => f.RuleId == "FA1152");
        Assert.Equal(6m, error.Result.Exact);
        Assert.Contains("应不小于 6个", error.Message);
    }

    [Fact]
    public void No_group_and_no_person_is_consistent_and_receptions_follow_the_same_law()
    {
        var none = Check(Statement("3.7-3", F("因公出国（境）团组", "决算", "0", "个", scope: "财政拨款"), F("因公出国（境）人次", "决算", "0", "人次", scope: "财政拨款")));
        Assert.Contains(none.RulesRun, r => r.Id == "FA1153");
        Assert.Empty(none.Findings);
        // 国内公务接待6批次、72人次 (the seed) is fine; 6批次、5人次 is not.
        Item Reception(string persons) => Statement("3.7-4", F("国内公务接待批次", "决算", "6", "批次", scope: "财政拨款"), F("国内公务接待人次", "决算", persons, "人次", scope: "财政拨款"));
        Assert.Empty(Check(Reception("72")).Findings);
        Assert.Equal("FA1153", Assert.Single(Check(Reception("5")).Findings).RuleId);
    }
}
