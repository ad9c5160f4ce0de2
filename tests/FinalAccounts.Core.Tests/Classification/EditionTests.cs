using System.Linq;
using FinalAccounts.Classification;
using Xunit;

namespace FinalAccounts.Core.Tests.Classification;

/// <summary>
/// Evidence levels and old names of the compiled 支出功能分类: rows harvested from real reports are Printed, an old
/// name resolves to today's code with a note, and 其它 reads as 其他.
/// </summary>
public sealed class EditionTests
{
    [Fact]
    public void Harvested_rows_are_printed_not_verified_and_cite_file_and_page()
    {
        var office = FunctionCode.Parse("20103");
        Assert.Equal("政府办公厅（室）及相关机构事务", office.Name);
        Assert.Equal(ClassificationEvidence.Printed, office.Evidence);
        Assert.False(office.IsVerified);
        Assert.Equal("shanghai-putuo-government-office-2025-budget-department.pdf p.9", office.Source);
        Assert.Equal("其他政府办公厅（室）及相关机构事务支出", FunctionCode.Parse("2010399").Name);
        Assert.Equal(ClassificationEvidence.Verified, FunctionCode.Parse("208").Evidence);
        Assert.Equal(ClassificationEvidence.Unverified, FunctionCode.Parse("2080101").Evidence);
        // IsVerified keeps its meaning: exactly the Verified rows.
        Assert.All(FunctionCode.All, c => Assert.Equal(c.Evidence == ClassificationEvidence.Verified, c.IsVerified));
    }

    [Fact]
    public void An_old_name_resolves_to_todays_code_with_a_note()
    {
        Assert.True(FunctionCode.TryFindByNamePath("自然资源海洋气象等支出/自然资源事务/其他国土资源事务支出", out var code, out var alias));
        Assert.Equal("2200199", code.Code);
        Assert.NotNull(alias);
        Assert.Equal("“其他国土资源事务支出”是 2200199 的旧名称（2018年及以前）; old name of 2200199, before 2019", alias!.Note);

        // The whole path in old names: 国土海洋气象等支出 / 国土资源事务 / 其他国土资源事务.
        Assert.True(FunctionCode.TryFindByNamePath("国土海洋气象等支出（类）国土资源事务（款）其他国土资源事务（项）", out var old));
        Assert.Equal("2200199", old.Code);

        Assert.True(FunctionCode.TryFindByNamePath("医疗卫生与计划生育支出/行政事业单位医疗/行政单位医疗", out var medical, out var classAlias));
        Assert.Equal("2101101", medical.Code);
        Assert.Equal("210", classAlias!.CurrentCode);

        Assert.Equal(new[] { "医疗卫生与计划生育支出" }, FunctionCode.Parse("210").Aliases.Select(a => a.Name));
        Assert.Empty(FunctionCode.Parse("208").Aliases);
    }

    [Fact]
    public void Current_names_win_over_old_names_and_report_no_alias()
    {
        Assert.True(FunctionCode.TryFindByNamePath("卫生健康支出/行政事业单位医疗/行政单位医疗", out var code, out var alias));
        Assert.Equal("2101101", code.Code);
        Assert.Null(alias);
    }

    [Theory]
    [InlineData("社会保障和就业支出/就业补助/其它就业补助支出", "2080799")]
    [InlineData("其它自然资源事务支出", "2200199")]
    public void Qita_written_with_ta_reads_as_qita(string path, string expected)
    {
        Assert.True(FunctionCode.TryFindByNamePath(path, out var code));
        Assert.Equal(expected, code.Code);
    }
}

/// <summary>The counts per evidence level written in seeds/classification/README.md, from the compiled types.</summary>
public sealed class EvidenceCountTests
{
    private static (int Verified, int Printed, int Unverified) Count<T>(System.Collections.Generic.IEnumerable<T> codes) where T : IClassificationCode
        => (codes.Count(c => c.Evidence == ClassificationEvidence.Verified), codes.Count(c => c.Evidence == ClassificationEvidence.Printed), codes.Count(c => c.Evidence == ClassificationEvidence.Unverified));

    [Fact]
    public void Counts_per_evidence_level_match_the_seed_readme()
    {
        Assert.Equal((163, 5, 26), Count(FunctionCode.All));
        Assert.Equal((65, 0, 45), Count(EconomicCode.All));
        Assert.Equal((10, 0, 70), Count(GovernmentEconomicCode.All));
        Assert.Equal((9, 0, 0), Count(RevenueCode.All));
    }
}
