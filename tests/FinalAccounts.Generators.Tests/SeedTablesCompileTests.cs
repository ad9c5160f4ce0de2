using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FinalAccounts.Generators.Tests;

/// <summary>The repository's real seed tables, with FinalAccounts.Core's metadata, generate code that compiles cleanly.</summary>
public class SeedTablesCompileTests
{
    [Fact]
    public void Seed_schema_compiles_without_errors_or_warnings_at_latest_language_version()
    {
        var run = TestHost.Run(TestHost.SeedTables());

        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        Assert.Equal(
            new[] { "Consumer.EconomicCode.g.cs", "Consumer.FunctionCode.g.cs", "Consumer.GovernmentEconomicCode.g.cs", "Consumer.RevenueCode.g.cs" },
            run.Result.Results[0].GeneratedSources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Seed_schema_compiles_as_CSharp_7_3_without_nullable()
    {
        var run = TestHost.Run(TestHost.SeedTables(), LanguageVersion.CSharp7_3);

        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        Assert.DoesNotContain("#nullable", run.Source("Consumer.FunctionCode"));
    }

    [Fact]
    public void Seed_types_have_one_member_per_table_row()
    {
        var run = TestHost.Run(TestHost.SeedTables());

        // Row counts from seeds/classification/README.md: function.csv 163 + supplement 26 + printed 5, departmental 110, government 80, revenue 9.
        Assert.Equal(163 + 26 + 5, CodeMembers(run, "Consumer.FunctionCode"));
        Assert.Equal(110, CodeMembers(run, "Consumer.EconomicCode"));
        Assert.Equal(80, CodeMembers(run, "Consumer.GovernmentEconomicCode"));
        Assert.Equal(9, CodeMembers(run, "Consumer.RevenueCode"));
    }

    [Fact]
    public void Seed_types_have_hand_checked_members()
    {
        var run = TestHost.Run(TestHost.SeedTables());

        // function.csv line 61: 208,社会保障和就业支出,,类; the supplement's line 3: 2080101,行政运行,20801,项.
        Assert.Contains("SheHuiBaoZhangHeJiuYeZhiChu_208", run.Members("Consumer.FunctionCode"));
        Assert.Contains("XingZhengYunXing_2080101", run.Members("Consumer.FunctionCode"));
        // economic-departmental.csv line 3: 30101,基本工资,301,款; the mapping attaches TryToGovernment to it.
        Assert.Contains("JiBenGongZi_30101", run.Members("Consumer.EconomicCode"));
        Assert.Contains("TryToGovernment", run.Members("Consumer.EconomicCode"));
        Assert.DoesNotContain("TryToGovernment", run.Members("Consumer.GovernmentEconomicCode"));
    }

    private static int CodeMembers(GeneratorRun run, string typeName)
    {
        var type = run.Output.GetTypeByMetadataName(typeName)!;
        return type.GetMembers().OfType<IPropertySymbol>().Count(p => p.IsStatic && p.Name.Contains('_') && SymbolEqualityComparer.Default.Equals(p.Type, type));
    }
}
