using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static FinalAccounts.Generators.Tests.TestHost;

namespace FinalAccounts.Generators.Tests;

/// <summary>Odd but readable table content still yields code that compiles, or a diagnostic instead of broken code.</summary>
public class GeneratedCodeRobustnessTests
{
    private const string Header = "code,name,parent_code,level,source";

    [Theory]
    [InlineData("社会\r保障", "s")]
    [InlineData("社会\u2028保障", "s")]
    [InlineData("社会\u2029保障", "s")]
    [InlineData("社会\u0085保障", "s")]
    [InlineData("社会\u0001保障", "s")]
    [InlineData("社会\0保障", "s")]
    [InlineData("社会保障</summary>&<x>", "s")]
    [InlineData("社会保障", "a\rb\u2028c\u0001d")]
    [InlineData("社会保障", "https://example.org/?a=1&b=<2>")]
    public void Names_and_sources_with_line_breaks_control_or_markup_characters_compile(string name, string source)
    {
        var row = "208," + name + ",,类," + source;
        var run = Run(new Table("/tables/f.csv", "Function", "MyRegion.LocalCode", Csv(Header, row)));

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Members("MyRegion.LocalCode"), m => m.EndsWith("_208", System.StringComparison.Ordinal));
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void Unpaired_surrogates_and_noncharacters_in_names_compile()
    {
        // Built in code: xunit's InlineData would not carry an unpaired surrogate intact.
        var names = new[] { "社会" + '\uD800' + "（保障）", "社会保障" + '\uDC00', "社会" + '\uFFFF' + "保障", "𠀀社会保障" };
        var rows = names.Select((n, i) => (i == 0 ? "208," : "2080" + i + ",") + n + (i == 0 ? ",,类," : ",208,款,") + n).ToArray();
        var run = Run(new Table("/tables/f.csv", "Function", "MyRegion.LocalCode", Csv(new[] { Header }.Concat(rows).ToArray())));

        Assert.Empty(run.Diagnostics);
        Assert.Equal(4, run.Members("MyRegion.LocalCode").Count(m => System.Text.RegularExpressions.Regex.IsMatch(m, "^[A-Z].*_[0-9]+$")));
        run.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData("/tables/R&D <x>.csv")]
    [InlineData("/tables/a\rb.csv")]
    [InlineData("/tables/a\u2028b.csv")]
    public void Table_file_names_with_markup_or_line_breaks_compile(string path)
    {
        var run = Run(new Table(path, "Function", "MyRegion.LocalCode", Csv(Header, "208,社会保障和就业支出,,类,")));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("SheHuiBaoZhangHeJiuYeZhiChu_208", run.Members("MyRegion.LocalCode"));
        run.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData("MyRegion.Code")]
    [InlineData("MyRegion.Name")]
    [InlineData("MyRegion.Parent")]
    [InlineData("MyRegion.Children")]
    [InlineData("MyRegion.All")]
    [InlineData("MyRegion.Parse")]
    [InlineData("Source")]
    [InlineData("MyRegion.var")]
    public void Type_name_equal_to_a_generated_member_is_FA0009_not_broken_code(string typeName)
    {
        var run = Run(new Table("/tables/f.csv", "Function", typeName, Csv(Header, "208,社会保障和就业支出,,类,")));

        run.AssertSingle("FA0009", DiagnosticSeverity.Error, "/tables/f.csv", 1);
        run.AssertCompilesCleanly();
    }

    [Theory]
    [InlineData("MyRegion.Codes")]
    [InlineData("Code.LocalCode")]
    [InlineData("LocalCode")]
    public void Type_names_near_reserved_ones_are_fine(string typeName)
    {
        var run = Run(new Table("/tables/f.csv", "Function", typeName, Csv(Header, "208,社会保障和就业支出,,类,")));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("SheHuiBaoZhangHeJiuYeZhiChu_208", run.Members(typeName));
        run.AssertCompilesCleanly();
    }
}
