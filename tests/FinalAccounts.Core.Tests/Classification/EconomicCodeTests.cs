using System;
using FinalAccounts.Classification;
using Xunit;

namespace FinalAccounts.Core.Tests.Classification;

/// <summary>部门预算/政府预算 经济分类 facts and the 对照表, checked against seeds/classification by hand.</summary>
public sealed class EconomicCodeTests
{
    [Theory]
    [InlineData("30101", UnitKind.Agency, "50101")]
    [InlineData("30101", UnitKind.Institution, "50501")]
    [InlineData("30201", UnitKind.Agency, "50201")]
    [InlineData("30201", UnitKind.Institution, "50502")]
    [InlineData("30107", UnitKind.Institution, "50501")]
    public void ToGovernment_follows_the_mapping_table(string departmental, UnitKind kind, string government)
    {
        Assert.Equal(government, EconomicCode.Parse(departmental).ToGovernment(kind).Code);
    }

    [Fact]
    public void A_code_with_no_mapping_for_the_unit_kind_is_reported()
    {
        var performancePay = EconomicCode.Parse("30107");
        Assert.Equal("绩效工资", performancePay.Name);
        Assert.False(performancePay.TryToGovernment(UnitKind.Agency, out _));
        var ex = Assert.Throws<InvalidOperationException>(() => performancePay.ToGovernment(UnitKind.Agency));
        Assert.Contains("30107", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_table_decides_IsVerified()
    {
        // economic-evidence.csv: 30101 is V25 (verified); 39906 is UNV.
        Assert.True(EconomicCode.Parse("30101").IsVerified);
        Assert.False(EconomicCode.Parse("39906").IsVerified);
        Assert.True(GovernmentEconomicCode.Parse("50101").IsVerified);
        Assert.False(GovernmentEconomicCode.Parse("50999").IsVerified);
    }

    [Fact]
    public void Schemes_are_distinct_types()
    {
        Assert.Equal(ClassificationScheme.Economic, EconomicCode.Scheme);
        Assert.Equal(ClassificationScheme.GovernmentEconomic, GovernmentEconomicCode.Scheme);
        Assert.Equal(ClassificationScheme.Revenue, RevenueCode.Scheme);
        Assert.False(EconomicCode.TryParse("50101", out _));
        Assert.False(FunctionCode.TryParse("30101", out _));
        var ex = Assert.Throws<FormatException>(() => EconomicCode.Parse("2080101"));
        Assert.Contains("部门预算支出经济分类", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_sizes_match_the_seed_files()
    {
        // Rows counted in the CSV files (header excluded): function 163 + supplement 26 + printed 5, departmental 110,
        // government 80, revenue 9.
        Assert.Equal(194, FunctionCode.All.Count);
        Assert.Equal(110, EconomicCode.All.Count);
        Assert.Equal(80, GovernmentEconomicCode.All.Count);
        Assert.Equal(9, RevenueCode.All.Count);
    }
}
