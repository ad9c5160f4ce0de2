using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Xunit;
using static FinalAccounts.Generators.Tests.TestHost;

namespace FinalAccounts.Generators.Tests;

/// <summary>
/// The evidence column (verified / printed / unverified) and the alias table (old names by edition) reach the
/// generated type; bad rows are diagnostics at their line.
/// </summary>
public class EvidenceAndAliasTests
{
    private static readonly Table Codes = new("/c/codes.csv", "Function", "R.LocalCode", Csv(
        "code,name,parent_code,level,source,evidence",
        "220,自然资源海洋气象等支出,,类,notice,",
        "22001,自然资源事务,220,款,notice,verified",
        "2200199,其他自然资源事务支出,22001,项,report.pdf p.3,printed",
        "210,卫生健康支出,,类,,unverified"));

    private static readonly Table Aliases = new("/c/aliases.csv", "Aliases", null, Csv(
        "scheme,code,name,first_year,last_year,current_code,source",
        "function,2200199,其他国土资源事务支出,,2018,,older reports",
        "function,210,医疗卫生与计划生育支出,2014,2018,,older reports"));

    private const string Probe = @"using System;
using R;

namespace App
{
    /// <summary>Uses the generated type.</summary>
    public static class Probe
    {
        /// <summary>Facts joined by |.</summary>
        public static string Run()
        {
            LocalCode old;
            FinalAccounts.Classification.ClassificationAlias? alias;
            bool found = LocalCode.TryFindByNamePath(""自然资源海洋气象等支出/自然资源事务/其他国土资源事务支出"", out old, out alias);
            LocalCode plain;
            bool current = LocalCode.TryFindByNamePath(""自然资源事务/其他自然资源事务支出"", out plain, out var none);
            LocalCode health;
            bool byOldClass = LocalCode.TryFindByNamePath(""医疗卫生与计划生育支出"", out health);
            LocalCode other;
            bool qita = LocalCode.TryFindByNamePath(""自然资源事务/其它自然资源事务"", out other);
            return string.Join(""|"", new object[]
            {
                LocalCode.Parse(""220"").Evidence, LocalCode.Parse(""22001"").Evidence, LocalCode.Parse(""2200199"").Evidence, LocalCode.Parse(""210"").Evidence,
                LocalCode.Parse(""2200199"").IsVerified, LocalCode.Parse(""22001"").IsVerified,
                found + "":"" + old.Code, alias!.Note,
                current + "":"" + plain.Code + "":"" + (none == null),
                byOldClass + "":"" + health.Code,
                LocalCode.Parse(""2200199"").Aliases.Count + "":"" + LocalCode.Parse(""22001"").Aliases.Count,
                qita + "":"" + other.Code,
                alias.Covers(2018) + "","" + alias.Covers(2019),
            });
        }
    }
}
";

    [Fact]
    public void Evidence_levels_and_old_names_reach_the_generated_type()
    {
        var run = Run(new[] { Codes, Aliases }, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, Probe);
        Assert.Empty(run.Diagnostics);
        run.AssertCompilesCleanly();
        Assert.Contains("[global::System.CodeDom.Compiler.GeneratedCode(\"FinalAccounts.Generators\"", run.Source("R.LocalCode"));

        using var image = new MemoryStream();
        var emit = run.Output.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        var context = new AssemblyLoadContext("Aliases", isCollectible: true);
        try
        {
            image.Position = 0;
            var method = context.LoadFromStream(image).GetType("App.Probe", throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            var r = ((string)method.Invoke(null, null)!).Split('|');
            // source without an evidence column value: verified (as before); printed and unverified as written.
            Assert.Equal(new[] { "Verified", "Verified", "Printed", "Unverified" }, r.Take(4));
            Assert.Equal("False", r[4]);
            Assert.Equal("True", r[5]);
            Assert.Equal("True:2200199", r[6]);
            Assert.Equal("“其他国土资源事务支出”是 2200199 的旧名称（2018年及以前）; old name of 2200199, before 2019", r[7]);
            Assert.Equal("True:2200199:True", r[8]);
            Assert.Equal("True:210", r[9]);
            Assert.Equal("1:0", r[10]);
            Assert.Equal("True:2200199", r[11]);
            Assert.Equal("True,False", r[12]);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Unknown_evidence_is_a_warning_and_the_row_stays_unverified()
    {
        var table = new Table("/c/e.csv", "Function", "R.LocalCode", Csv(
            "code,name,parent_code,level,source,evidence",
            "220,自然资源海洋气象等支出,,类,x,seen"));
        var run = Run(table);
        run.AssertSingle("FA0016", DiagnosticSeverity.Warning, "/c/e.csv", 2);
        Assert.Contains("220 自然资源海洋气象等支出（类） — 未核实 (unverified).", run.Source("R.LocalCode"));
    }

    [Theory]
    [InlineData("function,2200199,其他国土资源事务支出,2019,2018,,x", "FA0017")]
    [InlineData("function,2200199,其他国土资源事务支出,,,,x", "FA0017")]
    [InlineData("function,2200199,其他国土资源事务支出,18,,,x", "FA0017")]
    [InlineData("function,220019,其他国土资源事务支出,,2018,,x", "FA0017")]
    [InlineData("function,2200199,,,2018,,x", "FA0017")]
    [InlineData("function,2200198,其他国土资源事务支出,,2018,2200198,x", "FA0012")]
    [InlineData("nonsense,2200199,其他国土资源事务支出,,2018,,x", "FA0007")]
    public void A_bad_alias_row_is_a_diagnostic_at_its_line_and_the_rest_still_generates(string row, string id)
    {
        var aliases = new Table("/c/a.csv", "Aliases", null, Csv("scheme,code,name,first_year,last_year,current_code,source", row));
        var run = Run(Codes, aliases);
        var d = run.AssertSingle(id, id == "FA0012" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, "/c/a.csv", 2);
        Assert.NotEmpty(d.GetMessage());
        run.AssertCompilesCleanly();
        Assert.Contains("ZiRanZiYuanShiWu_22001", run.Members("R.LocalCode"));
    }
}
