using System;
using FinalAccounts.Validation.Rules;
using Xunit;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// The figures a breakdown explains (<see cref="Breakdown.TotalCount"/>, <see cref="Breakdown.Total"/>): one, several in the
/// explanation's order, none stated, and the first missing while another is stated. Expected values read off each report.
public sealed class BreakdownTotalsTests
{
    private const string Section = "十一、其他重要事项的情况说明";

    private static Breakdown Only(params Item[] items) => Assert.Single(Breakdown.All(Read(items)));

    private static readonly Part[] s_parts = { F("执法执勤用车", "年末", "3", "辆"), F("其他用车", "年末", "5", "辆") };

    [Fact]
    public void One_explained_figure_is_the_one_total()
    {
        var b = Only(Statement("3.11-4", Section, F("车辆", "年末", "8", "辆")).With(Explanation("车辆", "年末", false, "其中", s_parts)));
        Assert.Equal(1, b.TotalCount);
        Assert.Equal("8", b.Total(0).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Total(1));
    }

    [Fact]
    public void Several_explained_figures_come_in_the_explanation_order()
    {
        var b = Only(Statement("3.11-4", Section, F("车辆", "决算", "7", "辆"), F("车辆", "年末", "9", "辆"))
            .With(new ExplanationSpec("车辆", "年末", false, "其中", s_parts) { AlsoExplains = new[] { ("车辆", "决算") } }));
        Assert.Equal(2, b.TotalCount);
        Assert.Equal("年末", b.Total(0).Key.Basis);
        Assert.Equal("决算", b.Total(1).Key.Basis);
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Total(2));
    }

    [Fact]
    public void Figures_the_report_does_not_state_are_left_out()
    {
        // Explains 年末 (not stated) and 决算 (stated): one total, the 决算.
        var b = Only(Statement("3.11-4", Section, F("车辆", "决算", "7", "辆"))
            .With(new ExplanationSpec("车辆", "年末", false, "其中", s_parts) { AlsoExplains = new[] { ("车辆", "决算") } }));
        Assert.Equal(1, b.TotalCount);
        Assert.Equal("7", b.Total(0).Value);
        var none = Only(Statement("3.11-4", Section, F("车辆", "决算", "7", "辆")).With(Explanation("车辆", "年末", false, "其中", s_parts)));
        Assert.Equal(0, none.TotalCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => none.Total(0));
    }
}
